import { z } from "zod";
import type { ChangeRun } from "../domain/text/change-runs.js";
import { CHANGE_OPS } from "../domain/text/diff.js";

export { compactChanges, expandChanges, type ChangeRun, type ChangeText } from "../domain/text/change-runs.js";

/**
 * One run of a word change against the wording it amends, on the wire: inserted words with their text; kept and
 * deleted words with their text or by their place (`from`, in UTF-16 code units) and `length` in that wording.
 */
export const changeRunSchema: z.ZodType<ChangeRun> = z.union([
  z.strictObject({ op: z.enum(CHANGE_OPS), text: z.string() }),
  z.strictObject({ op: z.enum(CHANGE_OPS).exclude(["insert"]), from: z.number().int().min(0), length: z.number().int().min(0) }),
]);
