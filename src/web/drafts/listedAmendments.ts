import type { z } from "zod";
import type { listedAmendmentSchema } from "../../api/amendments.js";
import { expandChanges } from "../../domain/text/change-runs.js";
import { inLanguage, type MultilingualText } from "../../domain/multilingual.js";
import { applyChanges } from "../../domain/text/diff.js";
import { readLike } from "../api/client.js";
import type { AmendmentView } from "./types.js";

/** What a list of amendments needs of its draft: the title and each paragraph's and sub-paragraph's text. */
export interface DraftWording {
  readonly title: MultilingualText | null;
  readonly paragraphs: readonly {
    readonly id: string;
    readonly text: MultilingualText;
    readonly subParagraphs: readonly { readonly id: string; readonly text: MultilingualText }[];
  }[];
}

/**
 * An amendment as the list answers it: its kept and deleted words named by their place in the wording it amends,
 * its own wording left out when its changes give it.
 */
export type ListedAmendment = z.output<typeof listedAmendmentSchema>;

/**
 * The amendments of a list with their changes in words and their wording again, read from the wording each
 * amends, as the server chose it: the amended amendment's wording for a sub-amendment (when the list has it),
 * else the paragraph it names in its language, or the title.
 */
export const withWording = (draft: DraftWording, listed: readonly ListedAmendment[]): AmendmentView[] => {
  const texts = new Map<string, MultilingualText>();
  for (const p of draft.paragraphs) {
    texts.set(p.id, p.text);
    for (const s of p.subParagraphs) texts.set(s.id, s.text);
  }
  const byId = new Map(listed.map((a) => [a.id, a]));
  const done = new Map<string, AmendmentView>();
  const resolve = (a: ListedAmendment, depth = 0): AmendmentView => {
    const known = done.get(a.id);
    if (known) return known;
    const listedParent = a.parent && depth < 8 ? byId.get(a.parent) : undefined;
    const parent = listedParent ? resolve(listedParent, depth + 1) : undefined;
    const place = a.target ?? parent?.target ?? null;
    const titled = a.action === "amend_title" || parent?.action === "amend_title";
    const original = (place ? texts.get(place) : undefined) ?? (titled ? draft.title : null);
    const before = parent ? (parent.text ?? "") : original ? (inLanguage(original, a.language).text ?? "") : "";
    const changes = expandChanges(a.changes, before);
    const view = { ...a, text: a.text === undefined ? applyChanges(changes) : a.text, changes };
    done.set(a.id, view);
    return view;
  };
  return listed.map((a) => resolve(a));
};

/** The list answer with its changes in words, as read at the same event position as ANSWER. */
export const listWithWording = (draft: DraftWording, answer: { readonly amendments: readonly ListedAmendment[] }) =>
  readLike(answer, { amendments: withWording(draft, answer.amendments) });
