import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { asId, type AmendmentId, type ParagraphId, type DiscussionGroupId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import type { Decision } from "../../domain/decisions/decision.js";
import { decisionOf } from "../../domain/votes/vote.js";
import { allows } from "../../domain/recommendations/recommendation.js";
import type { Amendment } from "../../domain/text/amendment.js";
import { checkAmendments } from "../../domain/text/amendment-check.js";
import { locate } from "../../domain/text/draft-text.js";
import type { ParagraphKind } from "../../domain/text/paragraph.js";
import { decodeAmendment, type StoredAmendment } from "../../store/amendments/rows.js";
import { visibleDraft } from "../drafts/read.js";
import { groupSeries } from "../../store/amendments/numbering.js";
import { proposeDerivedAmendment } from "../amendments/propose.js";
import type { WriteContext } from "../../store/write-context.js";
import { expectUpdated, originalText } from "../../store/committee/context.js";
import { checkContributions, saveRecommendation, scopeOf, setRecommendationAmendments } from "../../store/committee/recommendations.js";
import { loadRecommendation, loadForChange } from "./read.js";
import { loadVote } from "../votes/read.js";

/** A proposed amendment as the rapporteur writes it: what it changes and the new wording. */
export interface GroupAmendmentInput {
  readonly action: Amendment["action"];
  readonly target: string | null;
  readonly after: string | null;
  readonly kind: ParagraphKind | null;
  readonly text: string | null;
  readonly language: Language;
  readonly justification: string | null;
  readonly contributions: readonly string[];
}

const mustEdit = (p: Principal, groupId: DiscussionGroupId): void => {
  if (!can(p, { kind: "edit_group_drafts", groupId }))
    throw new DomainError("forbidden", "Only the group's rapporteur edits its recommendation");
};

const fieldsOf = (input: GroupAmendmentInput) => ({
  action: input.action,
  target: input.target === null ? null : asId<ParagraphId>(input.target),
  after: input.after === null ? null : asId<ParagraphId>(input.after),
  kind: input.kind,
  text: input.action === "delete" ? null : input.text,
  language: input.language,
  justification: input.justification,
});

/** The rapporteur proposes an amendment to a named paragraph, kept as a draft amendment credited to the group. */
export const addGroupAmendment = async (ctx: WriteContext, p: Principal, id: string, version: number, input: GroupAmendmentInput) => {
  const current = await loadForChange(ctx, p, id, version, (c) => mustEdit(p, c.recommendation.groupId));
  const r = current.recommendation;
  await checkContributions(ctx, r.groupId, input.contributions, "body.contributions");
  const draft = await visibleDraft(ctx.trx, p, r.draftId);
  const author = `${originalText(current.group.bodyName)}, discussion group ${current.group.number}`;
  saveGuard(current.recommendation.status);
  const stored = await proposeDerivedAmendment(
    ctx,
    p,
    draft,
    {
      ...fieldsOf(input),
      author,
      coSponsors: [],
      provenance: `recommendation:${r.id}`,
      submit: false,
    },
    groupSeries(r.groupId),
  );
  const saved = await setRecommendationAmendments(
    ctx,
    current,
    [...r.amendmentIds, stored.amendment.id],
    { ...current.amendmentContributions, [stored.amendment.id]: [...input.contributions] },
    {
      type: "recommendation.amendment_added",
      payload: { amendment: publicFields(stored) },
    },
  );
  return { recommendation: saved, amendment: stored };
};

/** Refuses to write an amendment for a recommendation that is no longer being drafted (before touching the amendments table). */
const saveGuard = (status: string): void => {
  if (status !== "drafting")
    throw new DomainError("invalid_transition", `The recommendation is ${status}; it cannot edit`, [], { from: status, action: "edit" });
};

const publicFields = (s: StoredAmendment) => ({
  id: s.amendment.id,
  number: s.number,
  action: s.amendment.action,
  target: s.amendment.target ?? null,
  after: s.amendment.after ?? null,
  text: s.amendment.text ?? null,
  language: s.amendment.language,
  version: s.version,
});

/** The rapporteur rewrites one of the group's proposed amendments while the recommendation is drafted. */
export const reviseGroupAmendment = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  amendmentId: string,
  input: GroupAmendmentInput,
) => {
  const current = await loadForChange(ctx, p, id, version, (c) => mustEdit(p, c.recommendation.groupId));
  const r = current.recommendation;
  if (!r.amendmentIds.includes(asId<AmendmentId>(amendmentId))) throw notFound("Amendment of this recommendation", amendmentId);
  saveGuard(r.status);
  await checkContributions(ctx, r.groupId, input.contributions, "body.contributions");
  const row = await ctx.trx.selectFrom("amendments").selectAll().where("id", "=", amendmentId).executeTakeFirstOrThrow();
  if (row.status !== "draft")
    throw new DomainError("invalid_transition", `Amendment ${row.number} is ${row.status}; it cannot be rewritten`, [], {
      from: row.status,
    });
  const { id: _id, action: _action, status: _status, language: _language, ...old } = decodeAmendment(row).amendment;
  const draft = await visibleDraft(ctx.trx, p, r.draftId);
  const fields = fieldsOf(input);
  const amendment: Amendment = { ...old, ...fields, id: asId<AmendmentId>(row.id), status: "draft" };
  checkAmendments(draft.text, locate(draft.text.paragraphs), [amendment]);
  const { id: _i, action, status: _s, language, ...data } = amendment;
  expectUpdated(
    await ctx.trx
      .updateTable("amendments")
      .set({ action, language, data: JSON.stringify(data), version: row.version + 1 })
      .where("id", "=", row.id)
      .where("version", "=", row.version)
      .executeTakeFirst(),
    `Amendment ${row.number}`,
  );
  const stored: StoredAmendment = {
    amendment,
    draftId: row.draft_id,
    number: row.number,
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: row.version + 1,
  };
  const saved = await setRecommendationAmendments(
    ctx,
    current,
    r.amendmentIds,
    { ...current.amendmentContributions, [row.id]: [...input.contributions] },
    {
      type: "recommendation.amendment_revised",
      payload: { amendment: publicFields(stored) },
    },
  );
  return { recommendation: saved, amendment: stored };
};

/** The rapporteur takes a proposed amendment out of the recommendation; it stays recorded as a draft. */
export const removeGroupAmendment = async (ctx: WriteContext, p: Principal, id: string, version: number, amendmentId: string) => {
  const current = await loadForChange(ctx, p, id, version, (c) => mustEdit(p, c.recommendation.groupId));
  const r = current.recommendation;
  if (!r.amendmentIds.includes(asId<AmendmentId>(amendmentId))) throw notFound("Amendment of this recommendation", amendmentId);
  return setRecommendationAmendments(
    ctx,
    current,
    r.amendmentIds.filter((a) => a !== amendmentId),
    current.amendmentContributions,
    {
      type: "recommendation.amendment_removed",
      payload: { amendmentId },
    },
  );
};

/** How the group agreed: a decision the chair records, or a closed vote on this recommendation. */
export type Agreement = { readonly decision: Decision } | { readonly voteId: string };

/** Whether the step belongs to this person: the chair agrees, the rapporteur or presiding officer presents, and reopens as below. */
const mayStep = (p: Principal, current: Awaited<ReturnType<typeof loadForChange>>, step: "agree" | "present" | "reopen"): void => {
  const r = current.recommendation;
  const presides = can(p, { kind: "preside", bodyId: current.group.bodyId });
  const chairs = can(p, { kind: "preside_group", groupId: r.groupId });
  if (step === "agree" && !chairs) throw new DomainError("forbidden", "Only the group's chair records its agreement");
  if (step === "present" && !presides && !can(p, { kind: "edit_group_drafts", groupId: r.groupId }))
    throw new DomainError("forbidden", "The rapporteur or the presiding officer presents a recommendation");
  if (step === "reopen" && allows(r.status, "reopen") && !(r.status === "presented" ? presides : chairs))
    throw new DomainError(
      "forbidden",
      r.status === "presented"
        ? "Only the presiding officer reopens a presented recommendation"
        : "Only the group's chair reopens its recommendation",
    );
};

/** The agreement, the presentation to the body and reopenings: each step by whoever the step belongs to. */
export const stepRecommendation = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  version: number,
  step: { type: "agree"; agreement: Agreement } | { type: "present" } | { type: "reopen"; reason: string },
) => {
  const current = await loadForChange(ctx, p, id, version, (c) => mayStep(p, c, step.type));
  const r = current.recommendation;
  switch (step.type) {
    case "agree": {
      let decision: Decision;
      if ("voteId" in step.agreement) {
        const vote = await loadVote(ctx.trx, p, step.agreement.voteId);
        if (vote.vote.subject !== `recommendation:${r.id}`)
          throw new DomainError("validation_failed", "That vote was not on this recommendation", [
            { path: "body.transition.voteId", message: "another subject" },
          ]);
        const d = decisionOf(vote.vote);
        if (!d) throw new DomainError("invalid_transition", "The vote is still open; close it first", [], { vote: vote.vote.status });
        decision = d;
      } else decision = step.agreement.decision;
      return saveRecommendation(ctx, current, { type: "agree", decision }, { type: "recommendation.agreed", payload: { decision } });
    }
    case "present":
      return saveRecommendation(ctx, current, { type: "present" }, { type: "recommendation.presented", payload: {} });
    case "reopen": {
      return saveRecommendation(
        ctx,
        current,
        { type: "reopen", reason: step.reason },
        { type: "recommendation.reopened", payload: { reason: step.reason } },
      );
    }
  }
};

/** A member of the group (or the staff) comments on the recommendation as it is written. */
export const commentOnRecommendation = async (ctx: WriteContext, p: Principal, id: string, input: { text: string; language: Language }) => {
  const current = await loadRecommendation(ctx.trx, p, id);
  if (!can(p, { kind: "read_group_drafts", groupId: current.recommendation.groupId }) || ctx.actor === null)
    throw new DomainError("forbidden", "Only the group's members comment on its recommendation");
  const comment = { id: randomUUID(), accountId: ctx.actor, text: input.text, language: input.language, createdAt: ctx.now };
  await ctx.trx
    .insertInto("recommendation_comments")
    .values({
      id: comment.id,
      recommendation_id: id,
      account_id: ctx.actor,
      data: JSON.stringify({ text: input.text, language: input.language }),
      created_at: ctx.now,
    })
    .execute();
  ctx.record({
    type: "recommendation.commented",
    subject: `recommendation:${id}`,
    sittingId: current.group.sittingId,
    scope: scopeOf(current.recommendation),
    payload: { comment },
  });
  return comment;
};
