import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { checkDecision, type Decision } from "../../domain/decisions/decision.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { asId, type AmendmentId, type ParagraphId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import type { AmendmentTransition } from "../../domain/text/amendment-workflow.js";
import { decideAmendment, loadDraft, proposeAmendment, type StoredAmendment } from "../drafts.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write.js";
import { bodyName, draftContext, parse } from "./context.js";

/** A committee decision as recorded: the amendment, the deciding body, the step, how it was taken and by whom. */
export interface CommitteeDecision {
  readonly id: string;
  readonly amendmentId: string;
  readonly bodyId: string;
  readonly transition: AmendmentTransition["type"];
  readonly decision: Decision;
  readonly decidedBy: string | null;
  readonly decidedAt: string;
}

const fromRow = (r: Schema["committee_decisions"]): CommitteeDecision => ({
  id: r.id,
  amendmentId: r.amendment_id,
  bodyId: r.body_id,
  transition: r.transition as AmendmentTransition["type"],
  decision: parse<{ decision: Decision }>(r.data).decision,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

/** The committee decisions on some amendments, oldest first. */
export const decisionsOn = async (db: Kysely<Schema>, amendmentIds: readonly string[]): Promise<CommitteeDecision[]> =>
  amendmentIds.length
    ? (await db.selectFrom("committee_decisions").selectAll().where("amendment_id", "in", [...amendmentIds]).orderBy("decided_at").execute()).map(fromRow)
    : [];

/** Checks that a body may decide for the committee in charge of a draft for it (the committee or one of its drafting groups). */
export const decidingBody = async (db: Kysely<Schema>, draftId: string, bodyId: string): Promise<void> => {
  const draft = await draftContext(db, draftId);
  const body = await db.selectFrom("bodies").select(["id", "parent_id"]).where("id", "=", bodyId).executeTakeFirst();
  const ok = body && draft.committeeBodyId !== null && (body.id === draft.committeeBodyId || body.parent_id === draft.committeeBodyId);
  if (!ok) throw new DomainError("validation_failed", "Decisions are taken by the committee in charge or its drafting group", [{ path: "body.bodyId", message: "not the committee in charge" }]);
};

const record = async (ctx: WriteContext, stored: StoredAmendment, draftId: string, bodyId: string, transition: AmendmentTransition["type"], decision: Decision) => {
  const id = randomUUID();
  await ctx.trx
    .insertInto("committee_decisions")
    .values({ id, amendment_id: stored.amendment.id, body_id: bodyId, transition, data: JSON.stringify({ decision }), decided_by: ctx.actor, decided_at: ctx.now })
    .execute();
  const draft = await draftContext(ctx.trx, draftId);
  ctx.record({
    type: "committee.decided",
    subject: `amendment:${stored.amendment.id}`,
    sittingId: draft.sittingId,
    scope: "public",
    payload: { draftId, number: stored.number, bodyId, transition, status: stored.amendment.status, decision },
  });
};

/** The committee (or its drafting group) decides on an amendment through the amendment workflow's table, recording who decided and how. */
export const decideForCommittee = async (
  ctx: WriteContext,
  p: Principal,
  amendmentId: string,
  input: { version: number; transition: AmendmentTransition; bodyId: string; decision: Decision },
): Promise<StoredAmendment> => {
  const row = await ctx.trx.selectFrom("amendments").select("draft_id").where("id", "=", amendmentId).executeTakeFirst();
  if (!row) throw notFound("Amendment", amendmentId);
  if (!can(p, { kind: "decide_amendments" })) throw new DomainError("forbidden", "Only the committee's secretariat records its decisions");
  await decidingBody(ctx.trx, row.draft_id, input.bodyId);
  checkDecision(input.decision, "body.decision");
  const stored = await decideAmendment(ctx, p, amendmentId, input.transition, input.version);
  await record(ctx, stored, row.draft_id, input.bodyId, input.transition.type, input.decision);
  return stored;
};

/** The committee writes a compromise text on one paragraph and merges the amendments it replaces into it. */
export const createCompromise = async (
  ctx: WriteContext,
  p: Principal,
  draftId: string,
  input: { target: string; text: string; language: Language; merge: readonly string[]; bodyId: string; decision: Decision; justification: string | null },
): Promise<{ compromise: StoredAmendment; merged: StoredAmendment[] }> => {
  if (!can(p, { kind: "decide_amendments" })) throw new DomainError("forbidden", "Only the committee's secretariat records its decisions");
  await decidingBody(ctx.trx, draftId, input.bodyId);
  checkDecision(input.decision, "body.decision");
  const draft = await loadDraft(ctx.trx, p, draftId);
  const compromise = await proposeAmendment(ctx, draft, {
    action: "amend",
    target: asId<ParagraphId>(input.target),
    text: input.text,
    language: input.language,
    author: await bodyName(ctx.trx, input.bodyId),
    coSponsors: [],
    justification: input.justification,
    provenance: `compromise:${input.merge.join(" ")}`.slice(0, 500),
    submit: true,
  });
  const merged: StoredAmendment[] = [];
  for (const [i, id] of input.merge.entries()) {
    const row = await ctx.trx.selectFrom("amendments").select(["draft_id", "version", "data", "action"]).where("id", "=", id).executeTakeFirst();
    const target = row ? (parse<{ target?: string | null }>(row.data).target ?? null) : null;
    if (!row || row.draft_id !== draftId || target !== input.target)
      throw new DomainError("validation_failed", "Only amendments to this paragraph merge into its compromise", [{ path: `body.merge.${i}`, message: "another paragraph or draft" }]);
    const stored = await decideAmendment(ctx, p, id, { type: "merge", into: asId<AmendmentId>(compromise.amendment.id) }, row.version);
    await record(ctx, stored, draftId, input.bodyId, "merge", input.decision);
    merged.push(stored);
  }
  return { compromise, merged };
};
