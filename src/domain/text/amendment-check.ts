import { DomainError, type ErrorIssue } from "../errors.js";
import type { Amendment } from "./amendment.js";
import type { DraftText, Location } from "./draft-text.js";
import { checkSubAmendment, insertedParagraphId } from "./sub-amendments.js";

const fail = (index: number, a: Amendment, field: string, message: string): never => {
  const issue: ErrorIssue = { path: `amendments[${index}].${field}`, message };
  throw new DomainError("validation_failed", `Amendment ${a.id}: ${field} ${message}`, [issue], { amendment: a.id, field });
};

const needsText = (a: Amendment): boolean => a.action !== "delete";

/** True for a missing wording or one of spaces only (read without copying the wording). */
const blank = (text: string | null | undefined): boolean => !text || !/\S/u.test(text);

/**
 * Checks that every amendment names what it changes in this draft: an existing target or anchor, a wording
 * when one is needed, a kind for a new paragraph, a sub-amendment fitting its amendment; the error names the amendment and the field.
 */
export const checkAmendments = (draft: DraftText, at: ReadonlyMap<string, Location>, amendments: readonly Amendment[]): void => {
  const ids = new Set<string>();
  const proposed = new Set<string>(amendments.filter((a) => a.action === "insert").map((a) => insertedParagraphId(a.id)));
  amendments.forEach((a, i) => {
    if (ids.has(a.id)) fail(i, a, "id", "is used by another amendment");
    ids.add(a.id);
    if (!a.parent && (a.action === "amend" || a.action === "delete") && (!a.target || !at.has(a.target))) {
      fail(i, a, "target", a.target ? `"${a.target}" is not a paragraph of this draft` : "is missing");
    }
    if (a.action === "insert") {
      if (a.after && !at.has(a.after) && !proposed.has(a.after)) fail(i, a, "after", `"${a.after}" is not a paragraph of this draft`);
      const anchor = a.after ? at.get(a.after) : undefined;
      if ((!anchor || anchor.sub === null) && !a.kind && !a.after) fail(i, a, "kind", "is needed for a new paragraph placed first");
    }
    if (a.action === "amend_title" && draft.title === null) fail(i, a, "action", "amends a title this draft does not have");
    if (needsText(a) && blank(a.text)) fail(i, a, "text", "is missing");
    if (a.status === "accepted_as_revised" && blank(a.revisedText)) fail(i, a, "revisedText", "is missing");
    if (a.status === "merged" && !a.mergedInto) fail(i, a, "mergedInto", "is missing");
  });
  const byId = new Map(amendments.map((a) => [a.id, a]));
  amendments.forEach((a, i) => {
    if (a.mergedInto && !ids.has(a.mergedInto)) fail(i, a, "mergedInto", `"${a.mergedInto}" is not an amendment of this list`);
    if (a.parent) checkSubAmendment(i, a, byId.get(a.parent));
  });
};
