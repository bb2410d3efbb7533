import { z } from "zod";
import { ERROR_CODES, type ErrorCode } from "../domain/errors.js";

const wording = z.strictObject({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

/** The body of every error answer: a stable code, a message, and the field paths at fault. */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string(), problem: wording.optional() })),
    details: z.unknown().optional(),
    /** The precise refusal and its values, for the interface to word in its language; the message is its English. */
    reason: wording.optional(),
  }),
});

/** An error answer as the server sends it and the web app reads it. */
export type ErrorBody = z.output<typeof errorBodySchema>;
