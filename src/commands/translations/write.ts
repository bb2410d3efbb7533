import type { Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { takeTranslationStep } from "../../domain/translations/translation.js";
import type { StoredTranslation } from "../../store/translations/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { loadTaskForChange, recordTask, updateTask } from "./shared.js";

const MAX = 20_000;

const wording = (text: string): string => {
  const t = text.normalize("NFC").trim();
  if (t === "")
    throw new DomainError("validation_failed", "Write the translation first", [{ path: "body.text", message: "must not be empty" }]);
  if (t.length > MAX)
    throw new DomainError("validation_failed", `A translation has at most ${MAX} characters`, [{ path: "body.text", message: "too long" }]);
  return t;
};

/** Saving and submitting: one step of the table on the translator's wording; a task nobody held becomes theirs. */
const writeTranslation = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  text: string,
  step: "save" | "submit",
): Promise<StoredTranslation> => {
  const task = await loadTaskForChange(ctx, p, id, version);
  const status = takeTranslationStep(task.status, step);
  const written = await updateTask(ctx, task, {
    status,
    text: wording(text),
    assignedTo: task.assignedTo ?? p.accountId,
    ...(step === "submit" ? { doneAt: ctx.now } : {}),
  });
  await recordTask(ctx, written, step === "submit" ? "final" : "drafted", task.status);
  return written;
};

/** A translator saves their wording without handing it in: readers still see "translation needed". */
export const saveTranslation = (ctx: WriteContext, p: Principal, id: string, version: number, text: string): Promise<StoredTranslation> =>
  writeTranslation(ctx, p, id, version, text, "save");

/**
 * A translator submits the translation: it is final, readers of its language see it instead of "translation
 * needed", and the time it was done counts in the turnaround.
 */
export const submitTranslation = (ctx: WriteContext, p: Principal, id: string, version: number, text: string): Promise<StoredTranslation> =>
  writeTranslation(ctx, p, id, version, text, "submit");

/** A final translation is taken back for a correction: readers see "translation needed" until it is submitted again. */
export const reopenTranslation = async (ctx: WriteContext, p: Principal, id: string, version: number): Promise<StoredTranslation> => {
  const task = await loadTaskForChange(ctx, p, id, version);
  const status = takeTranslationStep(task.status, "reopen");
  const reopened = await updateTask(ctx, task, { status, doneAt: null });
  await recordTask(ctx, reopened, "reopened", task.status);
  return reopened;
};
