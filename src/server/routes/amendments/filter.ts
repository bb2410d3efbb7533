import type { z } from "zod";
import type { amendmentListQuery } from "../../../api/amendments.js";
import { locate, referenceResolver } from "../../../domain/text/draft-text.js";
import type { StoredAmendment } from "../../../store/amendments/rows.js";
import type { StoredDraft } from "../../../store/drafts.js";

export type AmendmentFilters = z.output<typeof amendmentListQuery>;

const key = (name: string): string => name.trim().normalize("NFC").toLocaleLowerCase("en");

/** Whether any filter is set. */
export const filtering = (f: AmendmentFilters): boolean =>
  f.status !== undefined || f.author !== undefined || f.paragraph !== undefined || f.language !== undefined;

/**
 * The amendments of a list that answer every filter, in their order: by status, by author or accepted co-sponsor,
 * by paragraph (the paragraph named, its sub-paragraphs and insertions after either; a sub-amendment by the place
 * of the amendment it amends) and by language. A matching sub-amendment brings the amendment it amends along.
 * A paragraph the draft does not know leaves nothing.
 */
export const filterAmendments = (draft: StoredDraft, all: readonly StoredAmendment[], f: AmendmentFilters): StoredAmendment[] => {
  if (!filtering(f)) return [...all];
  const byId = new Map(all.map((s) => [s.amendment.id as string, s]));
  const at = locate(draft.text.paragraphs);
  const paragraphOf = (id: string | undefined | null): number | null => (id ? (at.get(id as never)?.paragraph ?? null) : null);
  const wanted = f.paragraph === undefined ? null : paragraphOf(referenceResolver(draft.text.paragraphs)(f.paragraph));
  const placeOf = (s: StoredAmendment): number | null => {
    const a = s.amendment;
    const own = a.parent ? byId.get(a.parent) : undefined;
    const b = own?.amendment ?? a;
    return paragraphOf(b.target ?? (b.action === "insert" ? b.after : null));
  };
  const matches = (s: StoredAmendment): boolean => {
    const a = s.amendment;
    if (f.status !== undefined && a.status !== f.status) return false;
    if (f.language !== undefined && a.language !== f.language) return false;
    if (f.author !== undefined && ![a.author ?? "", ...(a.coSponsors ?? [])].some((n) => key(n) === key(f.author!))) return false;
    if (f.paragraph !== undefined && (wanted === null || placeOf(s) !== wanted)) return false;
    return true;
  };
  const hits = new Set(all.filter(matches).map((s) => s.amendment.id as string));
  const parents = new Set(all.filter((s) => hits.has(s.amendment.id) && s.amendment.parent).map((s) => s.amendment.parent as string));
  return all.filter((s) => hits.has(s.amendment.id) || parents.has(s.amendment.id));
};
