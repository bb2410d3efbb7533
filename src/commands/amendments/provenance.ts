import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import { notFound } from "../../domain/errors.js";
import { recommendationsIn } from "../../domain/recommendations/provenance.js";
import { labelAll } from "../../domain/text/labels.js";
import { asId, type ParagraphId } from "../../domain/ids.js";
import { visibleDraft } from "../drafts/read.js";
import type { Schema } from "../../store/schema.js";
import { adoptionsOfDraft, type BodyAdoption } from "../../store/committee/adoption.js";
import { decisionsOn } from "../../store/committee/committee.js";
import { groupContext } from "../../store/committee/context.js";
import { allRecommendations, type StoredRecommendation } from "../../store/committee/recommendations.js";
import { loadRecommendation, mayRead } from "../recommendations/read.js";
import { allRevisions, revisionInto, type ParagraphOrigin } from "../../store/committee/versions.js";
import { type StoredAmendment, storedAmendments } from "../../store/amendments/rows.js";
import { submissionsOf } from "../../store/amendments/deadlines.js";

const amendmentsById = async (db: Kysely<Schema>, draftId: string): Promise<Map<string, StoredAmendment>> =>
  new Map((await storedAmendments(db, draftId)).map((a) => [a.amendment.id as string, a]));

/** The contributions a recommendation draws on, for those who may read the group's work; otherwise their ids only. */
const contributionsOf = async (db: Kysely<Schema>, p: Principal, s: StoredRecommendation, amendmentIds: readonly string[] | null) => {
  const ids = [
    ...new Set([
      ...(amendmentIds === null ? s.recommendation.texts.flatMap((t) => t.contributions) : []),
      ...Object.entries(s.amendmentContributions)
        .filter(([a]) => amendmentIds === null || amendmentIds.includes(a))
        .flatMap(([, c]) => c),
    ]),
  ];
  if (!ids.length) return [];
  if (!can(p, { kind: "read_group_drafts", groupId: s.recommendation.groupId }))
    return ids.map((id) => ({ id, questionId: null, text: null, createdAt: null }));
  const rows = await db.selectFrom("contributions").select(["id", "question_id", "text", "created_at"]).where("id", "in", ids).execute();
  return rows.map((r) => ({ id: r.id, questionId: r.question_id, text: r.text, createdAt: r.created_at }));
};

const recommendationSummary = async (db: Kysely<Schema>, p: Principal, s: StoredRecommendation, amendmentIds: readonly string[] | null) => {
  const group = await groupContext(db, s.recommendation.groupId);
  return {
    id: s.recommendation.id,
    groupId: group.groupId,
    groupNumber: group.number,
    groupTitle: group.title,
    status: s.recommendation.status,
    agreement: s.recommendation.agreement,
    contributions: await contributionsOf(db, p, s, amendmentIds),
  };
};

/** One amendment traced back: its authors, submission, committee decisions, and the body adoption and recommendations it came from. */
const trace = async (
  db: Kysely<Schema>,
  p: Principal,
  a: StoredAmendment,
  adoptions: readonly BodyAdoption[],
  recs: readonly StoredRecommendation[],
) => {
  const [submission] = await submissionsOf(db, [a.amendment.id]);
  const adoption = adoptions.find((ad) => ad.amendments.some((x) => x.id === a.amendment.id));
  const entry = adoption?.amendments.find((x) => x.id === a.amendment.id);
  const sourceIds = entry ? entry.sources.map((s) => s.amendmentId) : [];
  const recommendationIds = recommendationsIn(a.amendment.provenance);
  const readable = [];
  for (const id of recommendationIds) {
    const s = recs.find((r) => r.recommendation.id === id);
    if (s && mayRead(p, s.recommendation, await groupContext(db, s.recommendation.groupId)))
      readable.push(await recommendationSummary(db, p, s, entry ? sourceIds : [a.amendment.id]));
  }
  return {
    id: a.amendment.id as string,
    number: a.number,
    action: a.amendment.action,
    status: a.amendment.status,
    text: a.amendment.text ?? null,
    revisedText: a.amendment.revisedText ?? null,
    mergedInto: (a.amendment.mergedInto as string | undefined) ?? null,
    author: a.amendment.author ?? null,
    coSponsors: [...(a.amendment.coSponsors ?? [])],
    provenance: a.amendment.provenance ?? null,
    submission: submission ? { at: submission.submitted_at, late: submission.late === 1, reason: submission.reason } : null,
    decisions: await decisionsOn(db, [a.amendment.id]),
    bodyAdoption:
      adoption && entry
        ? { id: adoption.id, bodyId: adoption.bodyId, decision: adoption.decision, how: entry.how, sources: entry.sources }
        : null,
    recommendations: readable,
  };
};

/**
 * Where a paragraph came from: for a revised or adopted text, the paragraph it replaces and the amendments that shaped
 * it, each traced to its authors, decisions, the body adoption, the group recommendations and their contributions.
 */
export const paragraphProvenance = async (db: Kysely<Schema>, p: Principal, draftId: string, paragraphId: string): Promise<unknown> => {
  const draft = await visibleDraft(db, p, draftId);
  const label = labelAll(draft.text.paragraphs).get(asId<ParagraphId>(paragraphId));
  if (label === undefined) throw notFound("Paragraph", paragraphId);
  const revision = await revisionInto(db, draftId);
  const origin: ParagraphOrigin | null = revision ? (revision.paragraphs[paragraphId] ?? null) : null;
  const sourceDraft = revision?.fromDraftId ?? draftId;
  const all = await amendmentsById(db, sourceDraft);
  const shaping = origin
    ? origin.amendments.map((id) => all.get(id)).filter((a) => a !== undefined)
    : [...all.values()].filter((a) => a.amendment.status !== "draft" && a.amendment.target === paragraphId);
  const adoptions = await adoptionsOfDraft(db, sourceDraft);
  const recs = await allRecommendations(db);
  const amendments = [];
  for (const a of shaping) amendments.push(await trace(db, p, a, adoptions, recs));
  const previous =
    revision && origin?.previousId ? await paragraphProvenance(db, p, revision.fromDraftId, origin.previousId).catch(() => null) : null;
  return { draftId, paragraphId, label, revisedFrom: revision?.fromDraftId ?? null, origin, amendments, previous };
};

/** What became of a recommendation: each proposed amendment through the body's adoption, the committee and the revised text. */
export const recommendationOutcome = async (db: Kysely<Schema>, p: Principal, id: string, only: readonly string[] | null = null) => {
  const s = await loadRecommendation(db, p, id);
  const adoptions = await adoptionsOfDraft(db, s.recommendation.draftId);
  const adoption = adoptions.find((a) => a.id === s.recommendation.adoptionId) ?? null;
  const all = await amendmentsById(db, s.recommendation.draftId);
  const revisions = await allRevisions(db);
  const placesOf = (ids: readonly string[]) =>
    revisions.flatMap((r) =>
      Object.entries(r.paragraphs)
        .filter(([, o]) => o.amendments.some((a) => ids.includes(a)))
        .map(([paragraphId, o]) => ({ draftId: r.toDraftId, paragraphId, label: o.label, outcome: o.outcome })),
    );
  const proposals = [];
  for (const amendmentId of s.recommendation.amendmentIds) {
    if (only !== null && !only.includes(amendmentId)) continue;
    const own = all.get(amendmentId);
    const outcome = adoption?.outcomes.find((o) => o.amendmentId === amendmentId) ?? null;
    const body = outcome?.bodyAmendmentId ? all.get(outcome.bodyAmendmentId) : undefined;
    const compromise = body?.amendment.mergedInto ? all.get(body.amendment.mergedInto) : undefined;
    const chain = [amendmentId, ...(body ? [body.amendment.id as string] : []), ...(compromise ? [compromise.amendment.id as string] : [])];
    proposals.push({
      amendmentId,
      number: own?.number ?? null,
      action: own?.amendment.action ?? null,
      text: own?.amendment.text ?? null,
      became: outcome?.became ?? null,
      bodyAmendment: body
        ? {
            id: body.amendment.id as string,
            number: body.number,
            status: body.amendment.status,
            mergedInto: compromise
              ? { id: compromise.amendment.id as string, number: compromise.number, status: compromise.amendment.status }
              : null,
            decisions: await decisionsOn(db, chain.slice(1)),
          }
        : null,
      paragraphs: placesOf(chain),
    });
  }
  return {
    recommendation: await recommendationSummary(db, p, s, null),
    adoption: adoption ? { id: adoption.id, bodyId: adoption.bodyId, decision: adoption.decision, at: adoption.createdAt } : null,
    proposals,
  };
};

/** What became of a contribution: the recommendations that drew on it and, through them, the text. */
export const contributionOutcome = async (db: Kysely<Schema>, p: Principal, contributionId: string) => {
  const row = await db
    .selectFrom("contributions")
    .select(["id", "group_id", "question_id"])
    .where("id", "=", contributionId)
    .executeTakeFirst();
  if (!row || !can(p, { kind: "read_group_drafts", groupId: row.group_id })) throw notFound("Contribution", contributionId);
  const recs = (await allRecommendations(db)).filter((s) => s.recommendation.groupId === row.group_id);
  const citing = [];
  for (const s of recs) {
    const inTexts = s.recommendation.texts.some((t) => t.contributions.includes(contributionId));
    const amendments = Object.entries(s.amendmentContributions)
      .filter(([, c]) => c.includes(contributionId))
      .map(([a]) => a);
    if (!inTexts && amendments.length === 0) continue;
    citing.push({ inTexts, ...(await recommendationOutcome(db, p, s.recommendation.id, inTexts ? null : amendments)) });
  }
  return { contributionId, groupId: row.group_id, questionId: row.question_id, recommendations: citing };
};
