import { z } from "zod";
export { idParams } from "./common.js";

/** The secretariat's deadline: a local date-time, in the event's time zone unless another IANA zone is named. */
export const deadlineBody = z.strictObject({
  local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "expected YYYY-MM-DDTHH:MM"),
  timeZone: z.string().min(1).max(64).nullable().default(null),
  version: z.number().int().positive().nullable().default(null),
});

export const deadlineSchema = z.strictObject({
  draftId: z.string(),
  local: z.string(),
  timeZone: z.string(),
  instant: z.string(),
  description: z.string(),
  passed: z.boolean(),
  version: z.number().int(),
});

export const deadlineOrNoneSchema = z.strictObject({ deadline: deadlineSchema.nullable() });

/** A submission; `acceptLate` (with a reason) is the secretariat's explicit acceptance of a late one. */
export const submissionBody = z.strictObject({
  version: z.number().int().positive(),
  acceptLate: z.boolean().default(false),
  reason: z.string().trim().min(1).max(2_000).nullable().default(null),
});

export const adoptionSubmissionBody = submissionBody.omit({ version: true });

const submitted = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  status: z.string(),
  version: z.number().int(),
  late: z.boolean(),
});
export const submittedSchema = submitted;
export const submittedListSchema = z.strictObject({ amendments: z.array(submitted) });
