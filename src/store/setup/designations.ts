import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import type { Decision, DecisionMethod, Designation, DesignationId, GroupFunction } from "../../domain/designations/designation.js";
import { checkRecommendation, holderOf, transitionDesignation } from "../../domain/designations/workflow.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { asId, type DiscussionGroupId, type ParticipantId, type SittingId } from "../../domain/ids.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write.js";
import { scopeOf } from "./versioned.js";

/** A designation as stored: the domain value with its version and the person's name and account. */
export interface StoredDesignation {
  readonly designation: Designation;
  readonly version: number;
  readonly participant: { readonly id: string; readonly name: string; readonly parliament: string; readonly accountId: string | null };
}

type Data = Pick<Designation, "recommendation" | "decision" | "replaces" | "replacedBy" | "withdrawal">;

const select = (db: Kysely<Schema>) =>
  db
    .selectFrom("designations")
    .innerJoin("participants", "participants.id", "designations.participant_id")
    .selectAll("designations")
    .select(["participants.name as p_name", "participants.parliament as p_parliament", "participants.account_id as p_account"]);

type Row = Awaited<ReturnType<ReturnType<typeof select>["executeTakeFirstOrThrow"]>>;

const fromRow = (r: Row): StoredDesignation => ({
  designation: {
    ...(JSON.parse(r.data) as Data),
    id: asId<DesignationId>(r.id),
    groupId: asId<DiscussionGroupId>(r.group_id),
    function: r.function as GroupFunction,
    participantId: asId<ParticipantId>(r.participant_id),
    status: r.status as Designation["status"],
  },
  version: r.version,
  participant: { id: r.participant_id, name: r.p_name, parliament: r.p_parliament, accountId: r.p_account },
});

/** The group, its sitting, the body that designates and the event: what every rule here needs. */
const groupContext = async (db: Kysely<Schema>, groupId: string) => {
  const row = await db
    .selectFrom("discussion_groups")
    .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
    .select(["discussion_groups.id", "sittings.id as sitting_id", "sittings.body_id", "sittings.event_id", "sittings.published"])
    .where("discussion_groups.id", "=", groupId)
    .executeTakeFirst();
  if (!row) throw notFound("Discussion group", groupId);
  return {
    groupId: row.id,
    sittingId: asId<SittingId>(row.sitting_id),
    bodyId: row.body_id,
    eventId: row.event_id,
    published: row.published === 1,
  };
};

/** Who sees a designation: the staff always; others once the body decided on it, in a published sitting. */
const visible = (p: Principal, d: StoredDesignation, published: boolean) =>
  can(p, { kind: "read_unpublished" }) || can(p, { kind: "recommend_designation" }) || (published && d.designation.decision !== null);

/** The designations of a group, oldest first, as far as the caller may see them. */
export const listDesignations = async (db: Kysely<Schema>, p: Principal, groupId: string): Promise<StoredDesignation[]> => {
  const g = await groupContext(db, groupId);
  if (!g.published && !can(p, { kind: "read_unpublished" })) throw notFound("Discussion group", groupId);
  const rows = await select(db)
    .where("designations.group_id", "=", groupId)
    .orderBy("designations.created_at")
    .orderBy("designations.id")
    .execute();
  return rows.map(fromRow).filter((d) => visible(p, d, g.published));
};

/** The Bureau recommends a participant of the event as chair or rapporteur of a group. */
export const recommend = async (
  ctx: WriteContext,
  input: { groupId: string; function: GroupFunction; participantId: string; note: string | null },
): Promise<StoredDesignation> => {
  const g = await groupContext(ctx.trx, input.groupId);
  const person = await ctx.trx
    .selectFrom("participants")
    .select(["id", "event_id", "account_id"])
    .where("id", "=", input.participantId)
    .executeTakeFirst();
  if (!person || person.event_id !== g.eventId)
    throw new DomainError("validation_failed", "The person is not a participant of this event", [
      { path: "body.participantId", message: "unknown participant" },
    ]);
  if (person.account_id === null)
    throw new DomainError("validation_failed", "The person has no account to receive the role; import them with an email first", [
      { path: "body.participantId", message: "no account" },
    ]);
  const existing = (await select(ctx.trx).where("designations.group_id", "=", input.groupId).execute())
    .map(fromRow)
    .map((s) => s.designation);
  const candidate = {
    groupId: asId<DiscussionGroupId>(input.groupId),
    function: input.function,
    participantId: asId<ParticipantId>(input.participantId),
  };
  checkRecommendation(existing, candidate);
  const id = randomUUID();
  const data: Data = {
    recommendation: { by: ctx.actor, at: ctx.now, note: input.note },
    decision: null,
    replaces: null,
    replacedBy: null,
    withdrawal: null,
  };
  await ctx.trx
    .insertInto("designations")
    .values({
      id,
      group_id: input.groupId,
      function: input.function,
      participant_id: input.participantId,
      status: "recommended",
      data: JSON.stringify(data),
      version: 1,
      created_at: ctx.now,
    })
    .execute();
  ctx.record({
    type: "designation.recommended",
    subject: `designation:${id}`,
    sittingId: g.sittingId,
    scope: "staff",
    payload: { groupId: input.groupId, function: input.function, participantId: input.participantId },
  });
  return fromRow(await select(ctx.trx).where("designations.id", "=", id).executeTakeFirstOrThrow());
};

export type DesignationRequest =
  | { readonly type: "designate"; readonly sittingId: string; readonly date: string | null; readonly method: DecisionMethod }
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
  const row = await select(ctx.trx).where("designations.id", "=", id).executeTakeFirst();
  if (!row) throw notFound("Designation", id);
  const current = fromRow(row);
  const g = await groupContext(ctx.trx, current.designation.groupId);
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
  const siblings = (await select(ctx.trx).where("designations.group_id", "=", g.groupId).execute()).map(fromRow);
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
  return { date: request.date ?? sitting.date, sittingId: asId<SittingId>(sitting.id), method: request.method, by: ctx.actor };
};

const save = async (
  ctx: WriteContext,
  current: StoredDesignation,
  next: Designation,
  g: { sittingId: SittingId; published: boolean; groupId: string },
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

/** A designation as the API shows it. */
export const presentDesignation = (s: StoredDesignation) => ({
  id: s.designation.id as string,
  groupId: s.designation.groupId as string,
  function: s.designation.function,
  status: s.designation.status,
  participant: s.participant,
  recommendation: {
    by: s.designation.recommendation.by as string | null,
    at: s.designation.recommendation.at,
    note: s.designation.recommendation.note,
  },
  decision: s.designation.decision && {
    date: s.designation.decision.date,
    sittingId: s.designation.decision.sittingId as string,
    method: s.designation.decision.method,
    by: s.designation.decision.by as string | null,
  },
  replaces: s.designation.replaces as string | null,
  replacedBy: s.designation.replacedBy as string | null,
  withdrawal: s.designation.withdrawal && { ...s.designation.withdrawal, by: s.designation.withdrawal.by as string | null },
  version: s.version,
});
