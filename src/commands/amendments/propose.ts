import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { asId, type AmendmentId } from "../../domain/ids.js";
import type { Amendment } from "../../domain/text/amendment.js";
import { checkAmendments } from "../../domain/text/amendment-check.js";
import { locate } from "../../domain/text/draft-text.js";
import { amendmentScope, encodeAmendmentData, findAmendment, type StoredAmendment } from "../../store/amendments/rows.js";
import { authorChoices } from "../../store/amendments/authors.js";
import { COMMITTEE_SERIES, nextAmendmentNumber } from "../../store/amendments/numbering.js";
import type { StoredDraft } from "../../store/drafts.js";
import type { WriteContext } from "../../store/write.js";
import { syncAmendmentTranslations } from "../../store/translations/sync.js";
import { settleAuthorship } from "./authorship.js";
import { inviteTo } from "./cosponsors.js";
import { judgeSubmission } from "./deadline.js";

/** What a proposer writes: the amendment without id and status, and whether it goes to the committee now. */
export type ProposalInput = Omit<Amendment, "id" | "status"> & { readonly submit: boolean };

/**
 * Records an amendment checked against the draft's text, numbered from the draft's counter, with its event.
 * For commands that authorize themselves and table a text the deadline does not bind (a committee's compromise).
 */
export const recordProposal = async (
  ctx: WriteContext,
  draft: StoredDraft,
  input: ProposalInput,
  tabledBy: string = COMMITTEE_SERIES,
): Promise<StoredAmendment> => {
  const { submit, ...fields } = input;
  const amendment: Amendment = { ...fields, id: asId<AmendmentId>(randomUUID()), status: submit ? "submitted" : "draft" };
  const parent = amendment.parent ? await findAmendment(ctx.trx, amendment.parent) : undefined;
  if (amendment.parent && parent?.draftId !== draft.id) {
    throw new DomainError("validation_failed", `Amendment ${amendment.parent} is not an amendment of this draft`, [
      { path: "parent", message: "must name an amendment of this draft" },
    ]);
  }
  checkAmendments(draft.text, locate(draft.text.paragraphs), parent ? [parent.amendment, amendment] : [amendment]);
  const number = await nextAmendmentNumber(ctx.trx, draft.id, tabledBy);
  const { id, action, status, language } = amendment;
  await ctx.trx
    .insertInto("amendments")
    .values({
      id,
      draft_id: draft.id,
      number,
      tabled_by: tabledBy,
      action,
      status,
      language,
      data: encodeAmendmentData(amendment),
      parent_amendment_id: amendment.parent ?? null,
      created_by: ctx.actor,
      created_at: ctx.now,
      version: 1,
    })
    .execute();
  const stored: StoredAmendment = { amendment, draftId: draft.id, number, createdBy: ctx.actor, createdAt: ctx.now, version: 1 };
  ctx.record({
    type: submit ? "amendment.submitted" : "amendment.drafted",
    subject: `amendment:${id}`,
    sittingId: draft.sittingId,
    scope: amendmentScope(stored),
    payload: { draftId: draft.id, number, action, target: amendment.target ?? null, after: amendment.after ?? null },
  });
  // A tabled text asks for its other languages in the same transaction.
  await syncAmendmentTranslations(ctx, stored);
  return stored;
};

/**
 * Proposes an amendment whose author the command derives itself from what a group or body adopted,
 * as a draft or submitted straight away; a submission after the draft's deadline is refused.
 */
export const proposeDerivedAmendment = async (
  ctx: WriteContext,
  p: Principal,
  draft: StoredDraft,
  input: ProposalInput,
  tabledBy: string = COMMITTEE_SERIES,
): Promise<StoredAmendment> => {
  if (!can(p, { kind: "propose_amendment" })) throw new DomainError("forbidden", "Your role does not allow proposing amendments");
  if (input.submit) await judgeSubmission(ctx, p, draft.id);
  return recordProposal(ctx, draft, input, tabledBy);
};

/**
 * Proposes a member's amendment: its author and co-sponsors come from the data (see `settleAuthorship`), then as
 * above; the co-sponsors a member names are invited, and named on the amendment once they accept.
 */
export const proposeAmendment = async (
  ctx: WriteContext,
  p: Principal,
  draft: StoredDraft,
  input: ProposalInput,
): Promise<StoredAmendment> => {
  if (!can(p, { kind: "propose_amendment" })) throw new DomainError("forbidden", "Your role does not allow proposing amendments");
  const { author, coSponsors, paper } = settleAuthorship(
    p,
    await authorChoices(ctx.trx, p, draft),
    input.author,
    input.coSponsors,
    input.paper,
  );
  // The secretariat enters co-sponsors as signed on paper; a member's become invitations the delegations accept.
  const signed = can(p, { kind: "enter_paper_amendment" });
  const stored = await proposeDerivedAmendment(ctx, p, draft, {
    ...withoutPaper(input),
    author,
    coSponsors: signed ? coSponsors : [],
    ...(paper ? { paper } : {}),
  });
  if (!signed && coSponsors.length > 0)
    await inviteTo(
      ctx,
      p,
      stored,
      coSponsors.map((delegation) => ({ delegation })),
    );
  return stored;
};

const withoutPaper = (input: ProposalInput): ProposalInput => {
  const { paper: _claimed, ...rest } = input;
  return rest;
};
