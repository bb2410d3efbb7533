import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import type { Decision, DecisionMethod, Designation } from "../../domain/designations/designation.js";
import { holderOf, transitionDesignation } from "../../domain/designations/workflow.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { SittingId, DiscussionGroupId } from "../../domain/ids.js";
import {
  designationFromRow,
  designationGroup,
  presentDesignation,
  selectDesignations,
  type StoredDesignation,
} from "../../store/setup/designations.js";
import { scopeOf } from "../../store/setup/versioned.js";
import type { WriteContext } from "../../store/write-context.js";

export type DesignationRequest =
  | { readonly type: "designate"; readonly sittingId: SittingId; readonly date: string | null; readonly method: DecisionMethod }
  | { readonly type: "withdraw"; readonly reason: string | null };

/**
 * Moves a designation through the one transition table. Designating gives the person the group role and
 * replaces (recorded) whoever held the office; withdrawing a designated person takes the role back.
 */
export const decideDesignation = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  expectedVersion: number,
  request: DesignationRequest,
): Promise<StoredDesignation> => {
  const row = await selectDesignations(ctx.trx).where("designations.id", "=", id).executeTakeFirst();
  if (!row) throw notFound("Designation", id);
  const current = designationFromRow(row);
  const g = await designationGroup(ctx.trx, current.designation.groupId);
  const byBody = request.type === "designate" || current.designation.status === "designated";
  if (!(byBody ? can(p, { kind: "designate", bodyId: g.bodyId }) : can(p, { kind: "recommend_designation" })))
    throw new DomainError(
      "forbidden",
      byBody
        ? "Only the body designates, through its presiding officer or the secretariat"
        : "Only the Bureau or the secretariat may withdraw a recommendation",
    );
  if (current.version !== expectedVersion)
    throw new DomainError("stale_version", "This designation changed since you loaded it", [], { current: presentDesignation(current) });

  if (request.type === "withdraw") {
    const next = transitionDesignation(current.designation, { type: "withdraw", at: ctx.now, reason: request.reason, actor: ctx.actor });
    if (current.designation.status === "designated") await revokeRole(ctx, current, g.sittingId);
    return save(ctx, current, next, g, { reason: request.reason });
  }

  const decision = await decisionOf(ctx, request, g.bodyId);
  const siblings = (await selectDesignations(ctx.trx).where("designations.group_id", "=", g.groupId).execute()).map(designationFromRow);
  const holder = holderOf(
    siblings.map((s) => s.designation),
    current.designation,
  );
  const next = transitionDesignation(current.designation, { type: "designate", decision, replaces: holder?.id ?? null });
  const other = siblings.find(
    (s) =>
      s.designation.status === "designated" &&
      s.designation.function !== next.function &&
      s.designation.participantId === next.participantId,
  );
  if (other)
    throw new DomainError("conflict", `This person is the designated ${other.designation.function} of this group`, [], {
      other: other.designation.id,
    });
  if (holder) {
    const stored = siblings.find((s) => s.designation.id === holder.id)!;
    await revokeRole(ctx, stored, g.sittingId);
    await save(ctx, stored, transitionDesignation(holder, { type: "replace", by: next.id }), g, { replacedBy: next.id, decision });
  }
  await grantRole(ctx, current, g.sittingId);
  return save(ctx, current, next, g, { decision, replaces: holder?.id ?? null });
};

const decisionOf = async (
  ctx: WriteContext,
  request: Extract<DesignationRequest, { type: "designate" }>,
  bodyId: string,
): Promise<Decision> => {
  const sitting = await ctx.trx
    .selectFrom("sittings")
    .select(["id", "body_id", "date"])
    .where("id", "=", request.sittingId)
    .executeTakeFirst();
  if (!sitting || sitting.body_id !== bodyId)
    throw new DomainError("validation_failed", "The decision must be taken in a sitting of the body that designates", [
      { path: "body.decision.sittingId", message: "not a sitting of this body" },
    ]);
  return { date: request.date ?? sitting.date, sittingId: sitting.id, method: request.method, by: ctx.actor };
};

const save = async (
  ctx: WriteContext,
  current: StoredDesignation,
  next: Designation,
  g: { sittingId: SittingId; published: boolean; groupId: DiscussionGroupId },
  payload: Record<string, unknown>,
): Promise<StoredDesignation> => {
  const { id, groupId: _g, function: fn, participantId, status, ...data } = next;
  const updated = await ctx.trx
    .updateTable("designations")
    .set({ status, data: JSON.stringify(data), version: current.version + 1 })
    .where("id", "=", id)
    .where("version", "=", current.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new DomainError("stale_version", "This designation changed meanwhile; load it again");
  ctx.record({
    type: `designation.${status}`,
    subject: `designation:${id}`,
    sittingId: g.sittingId,
    scope: next.decision === null ? "staff" : scopeOf(g.published),
    payload: { groupId: g.groupId, function: fn, participantId, from: current.designation.status, to: status, ...payload },
  });
  return { ...current, designation: next, version: current.version + 1 };
};

const grantRole = async (ctx: WriteContext, d: StoredDesignation, sittingId: SittingId) => {
  const accountId = d.participant.accountId;
  if (accountId === null)
    throw new DomainError("validation_failed", "The person has no account to receive the role", [
      { path: "participantId", message: "no account" },
    ]);
  const scope = `group:${d.designation.groupId}`;
  const held = await ctx.trx
    .selectFrom("role_assignments")
    .select("id")
    .where("account_id", "=", accountId)
    .where("role", "=", d.designation.function)
    .where("scope", "=", scope)
    .executeTakeFirst();
  if (!held)
    await ctx.trx
      .insertInto("role_assignments")
      .values({ id: randomUUID(), account_id: accountId, role: d.designation.function, scope, created_at: ctx.now })
      .execute();
  ctx.record({
    type: "role.granted",
    subject: `account:${accountId}`,
    sittingId,
    scope: `account:${accountId}`,
    payload: { role: d.designation.function, scope, designationId: d.designation.id },
  });
};

const revokeRole = async (ctx: WriteContext, d: StoredDesignation, sittingId: SittingId) => {
  const accountId = d.participant.accountId;
  if (accountId === null) return;
  const scope = `group:${d.designation.groupId}`;
  await ctx.trx
    .deleteFrom("role_assignments")
    .where("account_id", "=", accountId)
    .where("role", "=", d.designation.function)
    .where("scope", "=", scope)
    .execute();
  ctx.record({
    type: "role.revoked",
    subject: `account:${accountId}`,
    sittingId,
    scope: `account:${accountId}`,
    payload: { role: d.designation.function, scope, designationId: d.designation.id },
  });
};
