import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { checkDeadline, deadlineInstant, describeDeadline, isLate, lateMessage, type Deadline } from "../../domain/deadlines/deadline.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { decideAmendment, type StoredAmendment } from "../drafts.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write.js";
import { draftContext, expectVersion } from "./context.js";
import { loadAdoption } from "./adoption.js";

/** A draft's deadline with how it reads and when it falls. */
export interface DeadlineView extends Deadline {
  readonly instant: string;
  readonly description: string;
  readonly version: number;
}

const view = (row: Schema["submission_deadlines"]): DeadlineView => {
  const d = { local: row.local, timeZone: row.time_zone };
  return { ...d, instant: deadlineInstant(d), description: describeDeadline(d), version: row.version };
};

/** The deadline for amendments to a draft, or null when none was set. */
export const deadlineOf = async (db: Kysely<Schema>, draftId: string): Promise<DeadlineView | null> => {
  const row = await db.selectFrom("submission_deadlines").selectAll().where("draft_id", "=", draftId).executeTakeFirst();
  return row ? view(row) : null;
};

/** Every deadline set, for the start page. */
export const allDeadlines = async (db: Kysely<Schema>): Promise<(DeadlineView & { draftId: string })[]> =>
  (await db.selectFrom("submission_deadlines").selectAll().execute()).map((r) => ({ ...view(r), draftId: r.draft_id }));

/** The secretariat sets (or moves) the deadline, a local time in the event's zone unless another zone is named. */
export const setDeadline = async (ctx: WriteContext, p: Principal, draftId: string, input: { local: string; timeZone: string | null; version: number | null }) => {
  if (!can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", "Only the secretariat sets deadlines");
  const draft = await draftContext(ctx.trx, draftId);
  const timeZone = input.timeZone ?? draft.timeZone;
  if (!timeZone) throw new DomainError("validation_failed", "This draft belongs to no event; name the time zone", [{ path: "body.timeZone", message: "required" }]);
  const d = checkDeadline({ local: input.local, timeZone });
  const current = await ctx.trx.selectFrom("submission_deadlines").selectAll().where("draft_id", "=", draftId).executeTakeFirst();
  if (current) {
    if (input.version !== null) expectVersion("The deadline", { ...view(current) }, input.version);
    await ctx.trx.updateTable("submission_deadlines").set({ local: d.local, time_zone: d.timeZone, set_by: ctx.actor, set_at: ctx.now, version: current.version + 1 }).where("draft_id", "=", draftId).execute();
  } else {
    await ctx.trx.insertInto("submission_deadlines").values({ draft_id: draftId, local: d.local, time_zone: d.timeZone, set_by: ctx.actor, set_at: ctx.now, version: 1 }).execute();
  }
  const result: DeadlineView = { ...d, instant: deadlineInstant(d), description: describeDeadline(d), version: (current?.version ?? 0) + 1 };
  ctx.record({ type: "deadline.set", subject: `draft_resolution:${draftId}`, sittingId: draft.sittingId, scope: "public", payload: { draftId, ...result } });
  return result;
};

const refuseLate = (deadline: DeadlineView, now: string): never => {
  throw new DomainError("deadline_passed", lateMessage(deadline), [], { deadline, now });
};

/** Refuses a submission to a draft after its deadline (server clock); for every path that submits an amendment. */
export const refuseIfLate = async (ctx: WriteContext, draftId: string): Promise<void> => {
  const deadline = await deadlineOf(ctx.trx, draftId);
  if (deadline !== null && isLate(ctx.now, deadline)) refuseLate(deadline, ctx.now);
};

export interface SubmitOptions {
  readonly acceptLate: boolean;
  readonly reason: string | null;
}

/**
 * Submits an amendment to the committee, judged on the server clock against the draft's deadline: a late one is
 * refused with the deadline in the event's zone, unless the secretariat accepts it explicitly (recorded).
 */
export const submitAmendment = async (ctx: WriteContext, p: Principal, amendmentId: string, version: number, options: SubmitOptions): Promise<StoredAmendment & { late: boolean }> => {
  const row = await ctx.trx.selectFrom("amendments").select(["draft_id", "status"]).where("id", "=", amendmentId).executeTakeFirst();
  if (!row) throw notFound("Amendment", amendmentId);
  const draft = await draftContext(ctx.trx, row.draft_id);
  const deadline = await deadlineOf(ctx.trx, row.draft_id);
  const late = deadline !== null && row.status === "draft" && isLate(ctx.now, deadline);
  if (late && !options.acceptLate) refuseLate(deadline, ctx.now);
  if (late && !can(p, { kind: "manage_meeting" })) throw new DomainError("forbidden", "Only the secretariat accepts a late amendment");
  if (late && !options.reason?.trim()) throw new DomainError("validation_failed", "Accepting a late amendment states the reason", [{ path: "body.reason", message: "required" }]);
  const stored = await decideAmendment(ctx, p, amendmentId, { type: "submit" }, version);
  await ctx.trx
    .insertInto("submissions")
    .values({ amendment_id: amendmentId, submitted_by: ctx.actor, submitted_at: ctx.now, late: late ? 1 : 0, accepted_by: late ? ctx.actor : null, reason: late ? options.reason : null })
    .execute();
  if (late)
    ctx.record({ type: "amendment.late_accepted", subject: `amendment:${amendmentId}`, sittingId: draft.sittingId, scope: "public", payload: { draftId: draft.id, deadline, reason: options.reason } });
  return { ...stored, late };
};

/** The body submits every amendment it adopted that is not yet submitted, each judged against the deadline. */
export const submitAdoption = async (ctx: WriteContext, p: Principal, adoptionId: string, options: SubmitOptions) => {
  const adoption = await loadAdoption(ctx.trx, adoptionId);
  if (!can(p, { kind: "preside", bodyId: adoption.bodyId })) throw new DomainError("forbidden", "Only the body's presiding officer submits its amendments");
  const ids = adoption.amendments.map((a) => a.id);
  const rows = ids.length ? await ctx.trx.selectFrom("amendments").select(["id", "status", "version"]).where("id", "in", ids).execute() : [];
  const pending = rows.filter((r) => r.status === "draft");
  if (pending.length === 0) throw new DomainError("invalid_transition", "The body's amendments were already submitted", [], { adoptionId });
  const submitted = [];
  for (const r of pending) submitted.push(await submitAmendment(ctx, p, r.id, r.version, options));
  return submitted;
};

/** When and how each amendment was submitted (late ones with the acceptance). */
export const submissionsOf = async (db: Kysely<Schema>, amendmentIds: readonly string[]) =>
  amendmentIds.length ? db.selectFrom("submissions").selectAll().where("amendment_id", "in", [...amendmentIds]).execute() : [];
