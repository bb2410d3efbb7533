import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { findTranslation, type StoredTranslation } from "../../store/translations/rows.js";
import type { WriteContext } from "../../store/write-context.js";

/**
 * A task about to change: the caller translates (a participant never does), holds no one else's assignment unless
 * they are the secretariat, and saw its current version.
 */
export const loadTaskForChange = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  expectedVersion: number,
): Promise<StoredTranslation> => {
  if (!can(p, { kind: "translate" })) throw new DomainError("forbidden", "Only translators and the secretariat translate");
  const task = await findTranslation(ctx.trx, id);
  if (!task) throw notFound("Translation", id);
  if (task.assignedTo !== null && task.assignedTo !== p.accountId && !can(p, { kind: "assign_translations" }))
    throw new DomainError("forbidden", "This translation is assigned to another translator");
  if (task.version !== expectedVersion)
    throw new DomainError("stale_version", "This translation changed since you loaded it", [], { current: task.version });
  return task;
};

/** Writes a task's new state if nobody changed it meanwhile. */
export const updateTask = async (
  ctx: WriteContext,
  task: StoredTranslation,
  changes: Partial<Pick<StoredTranslation, "status" | "text" | "assignedTo" | "doneAt">>,
): Promise<StoredTranslation> => {
  const updated = await ctx.trx
    .updateTable("translation_tasks")
    .set({
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.text !== undefined ? { text: changes.text } : {}),
      ...(changes.assignedTo !== undefined ? { assigned_to: changes.assignedTo } : {}),
      ...(changes.doneAt !== undefined ? { done_at: changes.doneAt } : {}),
      updated_by: ctx.actor,
      updated_at: ctx.now,
      version: task.version + 1,
    })
    .where("id", "=", task.id)
    .where("version", "=", task.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", "This translation changed meanwhile");
  return { ...task, ...changes, updatedBy: ctx.actor, updatedAt: ctx.now, version: task.version + 1 };
};

/** Records one step of a task, for the secretariat's and the translators' screens. */
export const recordTask = async (ctx: WriteContext, task: StoredTranslation, type: string, from: string) => {
  const draft = await ctx.trx.selectFrom("draft_resolutions").select("sitting_id").where("id", "=", task.draftId).executeTakeFirst();
  ctx.record({
    type: `translation.${type}`,
    subject: `translation:${task.id}`,
    sittingId: draft?.sitting_id ?? null,
    scope: "members",
    payload: {
      translationId: task.id,
      draftId: task.draftId,
      sourceKind: task.sourceKind,
      sourceId: task.sourceId,
      part: task.part,
      language: task.language,
      assignedTo: task.assignedTo,
      from,
      to: task.status,
    },
  });
};
