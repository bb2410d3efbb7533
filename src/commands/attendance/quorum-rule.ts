import { checkQuorumRule, type QuorumRule } from "../../domain/attendance/quorum.js";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { loadQuorumRule } from "../../store/attendance/attendance.js";
import { expectVersion } from "../../store/committee/context.js";
import type { WriteContext } from "../../store/write-context.js";

/** The secretariat sets a body's quorum rule from its rules of procedure; `version` 0 replaces the default rule. */
export const setQuorumRule = async (
  ctx: WriteContext,
  p: Principal,
  bodyId: string,
  version: number,
  rule: QuorumRule,
): Promise<{ rule: QuorumRule; version: number }> => {
  if (!can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", "Only the secretariat sets a body's quorum rule");
  const body = await ctx.trx.selectFrom("bodies").select("id").where("id", "=", bodyId).executeTakeFirst();
  if (!body) throw notFound("Body", bodyId);
  const checked = checkQuorumRule(rule);
  const current = await loadQuorumRule(ctx.trx, bodyId);
  expectVersion("The quorum rule", { version: current.version }, version);
  const row = { data: JSON.stringify(checked), set_by: ctx.actor, set_at: ctx.now, version: current.version + 1 };
  if (current.version === 0)
    await ctx.trx
      .insertInto("quorum_rules")
      .values({ body_id: bodyId, ...row })
      .execute();
  else await ctx.trx.updateTable("quorum_rules").set(row).where("body_id", "=", bodyId).where("version", "=", current.version).execute();
  ctx.record({
    type: "quorum_rule.set",
    subject: `body:${bodyId}`,
    sittingId: null,
    scope: "members",
    payload: { bodyId, rule: checked, previous: current.version === 0 ? null : current.rule },
  });
  return { rule: checked, version: current.version + 1 };
};
