import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { checkDecision, isCarried, type Decision } from "../../domain/decisions/decision.js";
import { DomainError, notFound } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import { planBodySet, resolveBodySet, type GroupProposal, type PlacePlan, type ProposalOutcome, type Resolution } from "../../domain/recommendations/body-set.js";
import { recommendationProvenance } from "../../domain/recommendations/provenance.js";
import { loadDraft, proposeAmendment } from "../drafts.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write.js";
import { bodyName, draftContext, groupContext, parse, storedAmendments } from "./context.js";
import { loadRecommendation, recommendationsOfDraft, saveRecommendation, type StoredRecommendation } from "./recommendations.js";

/** What a body adopted: the decision, its amendments with the group proposals each credits, and what became of every proposal. */
export interface BodyAdoption {
  readonly id: string;
  readonly bodyId: string;
  readonly draftId: string;
  readonly recommendationIds: readonly string[];
  readonly decision: Decision;
  readonly amendments: readonly { id: string; number: number; key: string; how: string; sources: readonly { amendmentId: string; recommendationId: string }[] }[];
  readonly outcomes: readonly (Omit<ProposalOutcome, "became"> & { became: ProposalOutcome["became"] | "left_out" | "not_adopted"; bodyAmendmentId: string | null })[];
  readonly decidedBy: AccountId | null;
  readonly createdAt: string;
}

const fromRow = (r: Schema["body_adoptions"]): BodyAdoption => ({
  ...parse<Omit<BodyAdoption, "id" | "bodyId" | "draftId" | "decidedBy" | "createdAt">>(r.data),
  id: r.id,
  bodyId: r.body_id,
  draftId: r.draft_id,
  decidedBy: r.decided_by as AccountId | null,
  createdAt: r.created_at,
});

/** Every body adoption on a draft (public: a body's decisions are). */
export const adoptionsOfDraft = async (db: Kysely<Schema>, draftId: string): Promise<BodyAdoption[]> =>
  (await db.selectFrom("body_adoptions").selectAll().where("draft_id", "=", draftId).orderBy("created_at").execute()).map(fromRow);

/** One body adoption; unknown ids are not found. */
export const loadAdoption = async (db: Kysely<Schema>, id: string): Promise<BodyAdoption> => {
  const row = await db.selectFrom("body_adoptions").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("Body adoption", id);
  return fromRow(row);
};

/** The presented recommendations of a body's groups on a draft. */
const presentedFor = async (db: Kysely<Schema>, bodyId: string, draftId: string): Promise<StoredRecommendation[]> => {
  const all = await recommendationsOfDraft(db, draftId);
  const out: StoredRecommendation[] = [];
  for (const s of all) if (s.recommendation.status === "presented" && (await groupContext(db, s.recommendation.groupId)).bodyId === bodyId) out.push(s);
  return out;
};

const proposalsOf = async (db: Kysely<Schema>, recs: readonly StoredRecommendation[]): Promise<GroupProposal[]> => {
  const rows = recs.length ? await storedAmendments(db, recs[0]!.recommendation.draftId) : [];
  return recs.flatMap((s) =>
    s.recommendation.amendmentIds.flatMap((id) => {
      const row = rows.find((r) => r.amendment.id === id);
      return row ? [{ amendment: row.amendment, recommendationId: s.recommendation.id }] : [];
    }),
  );
};

/** What the presiding officer puts to the body: the presented recommendations, merged proposals and conflicts to resolve. */
export const adoptionPlan = async (db: Kysely<Schema>, p: Principal, bodyId: string, draftId: string) => {
  if (!can(p, { kind: "preside", bodyId }) && !can(p, { kind: "read_unpublished" })) throw new DomainError("forbidden", "Only the presiding officer and the staff prepare the body's adoption");
  await draftContext(db, draftId);
  const recommendations = await presentedFor(db, bodyId, draftId);
  const proposals = await proposalsOf(db, recommendations);
  return { recommendations, proposals, places: planBodySet(proposals) };
};

export interface AdoptionInput {
  readonly draftId: string;
  readonly recommendationIds: readonly string[];
  readonly resolutions: Readonly<Record<string, Resolution>>;
  readonly leaveOut: readonly string[];
  readonly decision: Decision;
}

/**
 * The presiding officer records the body's adoption: its single set of amendments (identical proposals merged and
 * credited to every group, conflicts resolved by a choice or a compromise) becomes the body's draft amendments.
 */
export const adoptBodySet = async (ctx: WriteContext, p: Principal, bodyId: string, input: AdoptionInput): Promise<BodyAdoption> => {
  if (!can(p, { kind: "preside", bodyId })) throw new DomainError("forbidden", "Only the body's presiding officer puts its amendments to adoption");
  checkDecision(input.decision, "body.decision");
  const draftInfo = await draftContext(ctx.trx, input.draftId);
  const presented = await presentedFor(ctx.trx, bodyId, input.draftId);
  const recs = input.recommendationIds.map((id, i) => {
    const s = presented.find((r) => r.recommendation.id === id);
    if (!s) throw new DomainError("validation_failed", "Only presented recommendations of this body's groups on this draft are put to adoption", [{ path: `body.recommendationIds.${i}`, message: "not presented here" }]);
    return s;
  });
  const proposals = await proposalsOf(ctx.trx, recs);
  input.leaveOut.forEach((id, i) => {
    if (!proposals.some((x) => x.amendment.id === id)) throw new DomainError("validation_failed", "Not a proposal of these recommendations", [{ path: `body.leaveOut.${i}`, message: "unknown proposal" }]);
  });
  const carried = isCarried(input.decision);
  const kept = proposals.filter((x) => !input.leaveOut.includes(x.amendment.id));
  const plan: PlacePlan[] = carried ? planBodySet(kept) : [];
  const resolved = carried ? resolveBodySet(plan, input.resolutions) : { amendments: [], outcomes: [] };
  const id = randomUUID();
  const draft = await loadDraft(ctx.trx, p, input.draftId);
  const author = await bodyName(ctx.trx, bodyId);
  const amendments: BodyAdoption["amendments"][number][] = [];
  for (const a of resolved.amendments) {
    const stored = await proposeAmendment(ctx, draft, {
      action: a.action,
      target: a.target,
      after: a.after,
      kind: a.kind,
      text: a.text,
      language: a.language,
      author,
      coSponsors: [],
      justification: null,
      provenance: recommendationProvenance(a.sources.map((s) => s.recommendationId)),
      submit: false,
    });
    amendments.push({ id: stored.amendment.id, number: stored.number, key: a.key, how: a.how, sources: a.sources.map((s) => ({ amendmentId: s.amendment.id, recommendationId: s.recommendationId })) });
  }
  const bodyAmendmentOf = (key: string, became: string) => (became === "not_chosen" ? null : (amendments.find((a) => a.key === key)?.id ?? null));
  const outcomes: BodyAdoption["outcomes"][number][] = [
    ...resolved.outcomes.map((o) => ({ ...o, bodyAmendmentId: bodyAmendmentOf(o.key, o.became) })),
    ...proposals
      .filter((x) => !carried || input.leaveOut.includes(x.amendment.id))
      .map((x) => ({ amendmentId: x.amendment.id, recommendationId: x.recommendationId, key: "", became: carried ? ("left_out" as const) : ("not_adopted" as const), bodyAmendmentId: null })),
  ];
  for (const s of recs) {
    const current = await loadRecommendation(ctx.trx, p, s.recommendation.id);
    await saveRecommendation(ctx, current, carried ? { type: "adopt", adoptionId: id } : { type: "not_adopt", adoptionId: id }, {
      type: carried ? "recommendation.adopted" : "recommendation.not_adopted",
      payload: { adoptionId: id },
    });
  }
  const adoption: BodyAdoption = { id, bodyId, draftId: input.draftId, recommendationIds: [...input.recommendationIds], decision: input.decision, amendments, outcomes, decidedBy: ctx.actor, createdAt: ctx.now };
  const { id: _i, bodyId: _b, draftId: _d, decidedBy: _by, createdAt: _c, ...data } = adoption;
  await ctx.trx.insertInto("body_adoptions").values({ id, body_id: bodyId, draft_id: input.draftId, data: JSON.stringify(data), decided_by: ctx.actor, created_at: ctx.now }).execute();
  ctx.record({
    type: "body_adoption.recorded",
    subject: `body_adoption:${id}`,
    sittingId: draftInfo.sittingId,
    scope: "public",
    payload: { bodyId, draftId: input.draftId, decision: input.decision, amendments: amendments.map((a) => ({ id: a.id, number: a.number, how: a.how })) },
  });
  return adoption;
};
