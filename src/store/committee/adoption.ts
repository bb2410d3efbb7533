import type { Kysely } from "kysely";
import { type Decision } from "../../domain/decisions/decision.js";
import { notFound } from "../../domain/errors.js";
import type { AccountId } from "../../domain/ids.js";
import {
  type ADOPTION_OUTCOMES,
  type BodyAmendment,
  type GroupProposal,
  type ProposalOutcome,
  type Resolution,
} from "../../domain/recommendations/body-set.js";
import type { Schema } from "../schema.js";
import { storedAmendments } from "../amendments/rows.js";
import { groupContext } from "./context.js";
import { adoptionData } from "../columns/committee.js";
import { decodeColumn } from "../decode.js";
import { recommendationsOfDraft, type StoredRecommendation } from "./recommendations.js";

/** What a body adopted: the decision, its amendments with the group proposals each credits, and what became of every proposal. */
export interface BodyAdoption {
  readonly id: string;
  readonly bodyId: string;
  readonly draftId: string;
  readonly recommendationIds: readonly string[];
  readonly decision: Decision;
  readonly amendments: readonly {
    id: string;
    number: number;
    key: string;
    how: BodyAmendment["how"];
    sources: readonly { amendmentId: string; recommendationId: string }[];
  }[];
  readonly outcomes: readonly (Omit<ProposalOutcome, "became"> & {
    became: (typeof ADOPTION_OUTCOMES)[number];
    bodyAmendmentId: string | null;
  })[];
  readonly decidedBy: AccountId | null;
  readonly createdAt: string;
}

const fromRow = (r: Schema["body_adoptions"]): BodyAdoption => ({
  ...decodeColumn(adoptionData, r.data, "body_adoptions", r.id),
  id: r.id,
  bodyId: r.body_id,
  draftId: r.draft_id,
  decidedBy: r.decided_by,
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

/** The body amendment a group proposal became in an adoption (adopted as it stood, merged, chosen or in a compromise), if any. */
export const bodyAmendmentOf = async (
  db: Kysely<Schema>,
  draftId: string,
  proposalId: string,
): Promise<{ id: string; number: number } | null> => {
  for (const adoption of await adoptionsOfDraft(db, draftId)) {
    const outcome = adoption.outcomes.find((o) => o.amendmentId === proposalId && o.bodyAmendmentId !== null);
    const became = outcome && adoption.amendments.find((a) => a.id === outcome.bodyAmendmentId);
    if (became) return { id: became.id, number: became.number };
  }
  return null;
};

/** The presented recommendations of a body's groups on a draft. */
export const presentedFor = async (db: Kysely<Schema>, bodyId: string, draftId: string): Promise<StoredRecommendation[]> => {
  const all = await recommendationsOfDraft(db, draftId);
  const out: StoredRecommendation[] = [];
  for (const s of all)
    if (s.recommendation.status === "presented" && (await groupContext(db, s.recommendation.groupId)).bodyId === bodyId) out.push(s);
  return out;
};

/** The proposed amendments of some recommendations, each with the recommendation it comes from. */
export const proposalsOf = async (db: Kysely<Schema>, recs: readonly StoredRecommendation[]): Promise<GroupProposal[]> => {
  const rows = recs.length ? await storedAmendments(db, recs[0]!.recommendation.draftId) : [];
  return recs.flatMap((s) =>
    s.recommendation.amendmentIds.flatMap((id) => {
      const row = rows.find((r) => r.amendment.id === id);
      return row ? [{ amendment: row.amendment, recommendationId: s.recommendation.id }] : [];
    }),
  );
};

export interface AdoptionInput {
  readonly draftId: string;
  readonly recommendationIds: readonly string[];
  readonly resolutions: Readonly<Record<string, Resolution>>;
  readonly leaveOut: readonly string[];
  readonly decision: Decision;
}
