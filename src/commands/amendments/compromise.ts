import type { Principal } from "../../domain/authorization.js";
import type { Decision } from "../../domain/decisions/decision.js";
import { DomainError } from "../../domain/errors.js";
import { asId, type ParagraphId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import { findAmendment, type StoredAmendment } from "../../store/amendments/rows.js";
import { bodyName } from "../../store/committee/context.js";
import { visibleDraft } from "../drafts/read.js";
import type { WriteContext } from "../../store/write-context.js";
import { mustDecideFor, recordCommitteeDecision } from "./committee-decision.js";
import { recordProposal } from "./propose.js";
import { transitionAmendment } from "./transition.js";

/**
 * The committee writes a compromise text on one paragraph and merges the amendments it replaces into it. The
 * compromise is the committee's own text, tabled while it decides: the submission deadline does not bind it.
 */
export const createCompromise = async (
  ctx: WriteContext,
  p: Principal,
  draftId: string,
  input: {
    target: string;
    text: string;
    language: Language;
    merge: readonly string[];
    bodyId: string;
    decision: Decision;
    justification: string | null;
  },
): Promise<{ compromise: StoredAmendment; merged: StoredAmendment[] }> => {
  await mustDecideFor(ctx, p, draftId, input);
  const draft = await visibleDraft(ctx.trx, p, draftId);
  const compromise = await recordProposal(ctx, draft, {
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
    const found = await findAmendment(ctx.trx, id);
    if (!found || found.draftId !== draftId || (found.amendment.target ?? null) !== input.target)
      throw new DomainError("validation_failed", "Only amendments to this paragraph merge into its compromise", [
        { path: `body.merge.${i}`, message: "another paragraph or draft" },
      ]);
    const { late: _late, ...stored } = await transitionAmendment(
      ctx,
      p,
      id,
      { type: "merge", into: compromise.amendment.id },
      found.version,
    );
    await recordCommitteeDecision(ctx, stored, input.bodyId, "merge", input.decision);
    merged.push(stored);
  }
  return { compromise, merged };
};
