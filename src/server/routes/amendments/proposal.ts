import type { z } from "zod";
import type { proposeBody } from "../../../api/amendments.js";
import type { ProposalInput } from "../../../commands/amendments/propose.js";
import { DomainError } from "../../../domain/errors.js";
import { asId, type AmendmentId, type ParagraphId } from "../../../domain/ids.js";
import { referenceResolver } from "../../../domain/text/draft-text.js";
import type { StoredAmendment } from "../../../store/amendments/rows.js";
import type { StoredDraft } from "../../../store/drafts.js";

type ProposeBody = z.infer<typeof proposeBody>;

const INSERTED = "new-";

const invalid = (field: string, message: string): DomainError =>
  new DomainError("validation_failed", `${field} ${message}`, [{ path: field, message }]);

/**
 * Reads a proposal's references the way the command line does: a paragraph by id or label (PP2, OP3bis), a
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
