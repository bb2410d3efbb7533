import type { ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import type { Amendment } from "./amendment.js";
import type { ConflictDispute } from "./consolidation.js";
import type { Change } from "./diff.js";
import { mergeWordings, wholeDispute, type Wording } from "./word-merge.js";

/** What the adopted amendments on one paragraph, sub-paragraph or title do to it together. */
export interface Applied {
  readonly action: "amend" | "delete";
  /** One amendment, or several whose changes were merged. */
  readonly amendments: readonly Amendment[];
  readonly language: Language;
  /** The new wording in `language` (empty for a deletion). */
  readonly text: string;
  /** For merged amendments: the tracked changes in `language`, one per amendment's edit. */
  readonly changes?: readonly Change[];
}

/** Either the amendments applied together, or the stretches they dispute. */
export type Resolution = { readonly applied: Applied } | { readonly disputes: readonly ConflictDispute[] };

/**
 * Resolves the adopted amendments on one target: one amendment applies as it is; several in one language are
 * merged word by word against the target's text (a deletion disputes every other change); several languages
 * cannot be compared and dispute the whole text.
 */
export const resolveTarget = (
  target: ParagraphId | "title",
  baseIn: (language: Language) => string,
  list: readonly Amendment[],
  wordingOf: (a: Amendment) => string,
): Resolution => {
  const first = list[0] as Amendment;
  const action = (a: Amendment): Applied["action"] => (a.action === "delete" ? "delete" : "amend");
  const wording = (a: Amendment): Wording => ({ amendment: a.id, text: a.action === "delete" ? "" : wordingOf(a) });
  if (list.length === 1)
    return { applied: { action: action(first), amendments: list, language: first.language, text: wording(first).text } };
  const language = first.language;
  const base = baseIn(language);
  if (list.some((a) => a.language !== language)) {
    return { disputes: [{ ...wholeDispute(base, language, list.map(wording)), target }] };
  }
  if (list.some((a) => a.action === "delete")) {
    const changing = list.map(wording).filter((w) => w.text !== base);
    if (changing.length > 1) return { disputes: [{ ...wholeDispute(base, language, changing), target }] };
  }
  const merged = mergeWordings(base, list.map(wording), language);
  if (!merged.merged) return { disputes: merged.disputes.map((d) => ({ ...d, target })) };
  const deletes = list.some((a) => a.action === "delete");
  if (deletes) return { applied: { action: "delete", amendments: list, language, text: "" } };
  return { applied: { action: "amend", amendments: list, language, text: merged.text, changes: merged.changes } };
};
