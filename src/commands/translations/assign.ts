import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import { awaitsTranslator } from "../../domain/translations/translation.js";
import type { StoredTranslation } from "../../store/translations/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { loadTaskForChange, recordTask, updateTask } from "./shared.js";

/**
 * Gives a task to a translator: a translator claims an unassigned task for themself (or lets theirs go, with null);
 * the secretariat assigns any task to any translator, or takes the assignment off.
 */
export const assignTranslation = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  accountId: AccountId | null,
): Promise<StoredTranslation> => {
  const task = await loadTaskForChange(ctx, p, id, version);
  const secretariat = can(p, { kind: "assign_translations" });
  const self = accountId !== null && accountId === p.accountId;
  const lettingGo = accountId === null && task.assignedTo === p.accountId;
  if (!secretariat && !self && !lettingGo) throw new DomainError("forbidden", "Only the secretariat assigns translations to others");
  if (!awaitsTranslator(task.status))
    throw new DomainError("invalid_transition", `This translation is ${task.status}; it waits for no translator`, [], {
      from: task.status,
      action: "assign",
    });
  if (accountId !== null && !self) {
    const roles = await ctx.trx.selectFrom("role_assignments").select("role").where("account_id", "=", accountId).execute();
    if (!roles.some((r) => r.role === "translator" || r.role === "secretariat"))
      throw new DomainError("validation_failed", "Only a translator can be given a translation", [
        { path: "body.accountId", message: "not a translator" },
      ]);
  }
  const assigned = await updateTask(ctx, task, { assignedTo: accountId });
  await recordTask(ctx, assigned, "assigned", task.status);
  return assigned;
};
