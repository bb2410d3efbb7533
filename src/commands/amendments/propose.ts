import type { z } from "zod";
import type { proposeBody } from "../../api/amendments.js";
import { randomUUID } from "node:crypto";
import { can, type Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { asId, type AmendmentId, type ParagraphId } from "../../domain/ids.js";
import type { Amendment } from "../../domain/text/amendment.js";
import { checkAmendments } from "../../domain/text/amendment-check.js";
import { locate, referenceResolver } from "../../domain/text/draft-text.js";
import { amendmentScope, encodeAmendmentData, findAmendment, type StoredAmendment } from "../../store/amendments/rows.js";
import { authorChoices } from "../../store/amendments/authors.js";
import { COMMITTEE_SERIES, nextAmendmentNumber } from "../../store/amendments/numbering.js";
import type { StoredDraft } from "../../store/drafts.js";
import type { WriteContext } from "../../store/write-context.js";
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

type ProposeBody = z.infer<typeof proposeBody>;

const INSERTED = "new-";

const invalid = (field: string, message: string): DomainError =>
  new DomainError("validation_failed", `${field} ${message}`, [{ path: field, message }]);

/**
 * Reads a proposal as the API takes it (`POST …/amendments`) into the command's input, its references read the
 * way the command line reads them: a paragraph by id or label (PP2, OP3bis), a
 * paragraph another amendment proposes by `new-<amendment id>` (which makes the proposal a sub-amendment of
 * that amendment), and the amendment a sub-amendment amends by id or number.
 */
export const proposalInput = (draft: StoredDraft, tabled: readonly StoredAmendment[], body: ProposeBody): ProposalInput => {
  const fields = {
    language: body.language,
    author: body.author,
    coSponsors: body.coSponsors,
    justification: body.justification,
    provenance: body.provenance,
    submit: body.submit,
    ...(body.paper !== undefined ? { paper: body.paper } : {}),
  };
  const resolve = referenceResolver(draft.text.paragraphs);
  const inserting = (reference: string): AmendmentId | null => {
    const id = reference.startsWith(INSERTED) ? reference.slice(INSERTED.length) : "";
    return tabled.some((s) => s.amendment.id === id && s.amendment.action === "insert") ? asId<AmendmentId>(id) : null;
  };
  if (body.action === "amend_title") return { ...fields, action: body.action, text: body.text };
  if (body.action === "insert") {
    const after = body.after === null ? null : (resolve(body.after) ?? (inserting(body.after) ? asId<ParagraphId>(body.after) : null));
    if (body.after !== null && after === null) throw invalid("after", `"${body.after}" is not a paragraph label or id of this draft`);
    return { ...fields, action: body.action, after, kind: body.kind, text: body.text };
  }
  const parent = body.parent === undefined ? null : parentOf(tabled, body.parent);
  const target = body.target === undefined ? null : resolve(body.target);
  const proposed = body.target === undefined || target ? null : inserting(body.target);
  if (body.target !== undefined && !target && !proposed)
    throw invalid("target", `"${body.target}" is not a paragraph label or id of this draft`);
  if (proposed && parent && proposed !== parent) throw invalid("parent", `differs from the amendment that proposes "${body.target}"`);
  if (!target && !proposed && !parent) throw invalid("target", "is missing: name a paragraph, or the amendment it amends (parent)");
  const text = body.action === "amend" ? body.text : null;
  return { ...fields, action: body.action, target, parent: parent ?? proposed, text };
};

/** The amendment a sub-amendment amends, by id or by its number in the draft. */
const parentOf = (tabled: readonly StoredAmendment[], reference: string | number): AmendmentId => {
  const found = tabled.find((s) =>
    typeof reference === "number" ? s.number === reference : s.amendment.id === reference || String(s.number) === reference,
  );
  if (!found) throw invalid("parent", `"${reference}" is not an amendment of this draft`);
  return found.amendment.id;
};
