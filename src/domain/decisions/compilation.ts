import type { AmendmentId, ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import type { Amendment, AmendmentAction, AmendmentStatus } from "../text/amendment.js";
import { locate, type DraftText } from "../text/draft-text.js";
import { labelAll } from "../text/labels.js";
import { placeLabel } from "../text/place-label.js";

/** An amendment as compiled: the value with its number. */
export interface Numbered {
  readonly amendment: Amendment;
  readonly number: number;
}

/** One wording proposed at a place, shown once with every author who proposed it. */
export interface CompiledWording {
  readonly action: AmendmentAction;
  readonly text: string | null;
  readonly language: Language;
  /** A sub-amendment's wording: the amendment whose wording it amends. */
  readonly amends: AmendmentId | null;
  readonly authors: readonly string[];
  readonly amendments: readonly {
    readonly id: AmendmentId;
    readonly number: number;
    readonly author: string | null;
    readonly status: AmendmentStatus;
  }[];
}

/** Everything proposed for one place of the text (a paragraph, the title, or a new paragraph's anchor). */
export interface CompiledPlace {
  readonly target: string;
  readonly label: string;
  readonly wordings: readonly CompiledWording[];
}

/** The place an amendment is compiled at; a sub-amendment sits at the place of the amendment it amends. */
const targetOf = (a: Amendment, byId: ReadonlyMap<AmendmentId, Amendment>): string => {
  const parent = a.parent ? byId.get(a.parent) : undefined;
  if (parent && !parent.parent) return targetOf(parent, byId);
  return a.action === "insert"
    ? a.after
      ? `after:${a.after}`
      : `first:${a.kind ?? "operative"}`
    : a.action === "amend_title"
      ? "title"
      : (a.target ?? "unknown");
};

const normalize = (text: string | null | undefined): string => (text ?? "").normalize("NFC").replace(/\s+/gu, " ").trim();

/**
 * The committee's compiled list: every amendment that reached it (not drafts), by place in reading order, and
 * within a place identical wordings shown once with all their authors (co-sponsors included).
 */
export const compileAmendments = (draft: DraftText, items: readonly Numbered[]): CompiledPlace[] => {
  const at = locate(draft.paragraphs);
  const labels = labelAll(draft.paragraphs);
  const rank = (target: string): number => {
    if (target === "title") return -2;
    if (target.startsWith("first:"))
      return target === "first:preambular" ? -1 : draft.paragraphs.findIndex((p) => p.kind === "operative") * 1000 - 1;
    const id = target.startsWith("after:") ? target.slice(6) : target;
    const loc = at.get(id as ParagraphId);
    const base = loc ? loc.paragraph * 1000 + (loc.sub ?? -1) + 1 : Number.MAX_SAFE_INTEGER / 2;
    return target.startsWith("after:") ? base + 0.5 : base;
  };
  const label = (target: string): string => placeLabel(target, labels);
  const places = new Map<string, Map<string, Numbered[]>>();
  const byId = new Map(items.map((n) => [n.amendment.id, n.amendment]));
  for (const item of [...items].sort((x, y) => x.number - y.number)) {
    const a = item.amendment;
    if (a.status === "draft") continue;
    const target = targetOf(a, byId);
    const place = places.get(target) ?? new Map<string, Numbered[]>();
    const key = `${a.parent ?? ""}|${a.action}|${a.language}|${a.action === "delete" ? "" : normalize(a.text)}`;
    place.set(key, [...(place.get(key) ?? []), item]);
    places.set(target, place);
  }
  return [...places]
    .sort(([x], [y]) => rank(x) - rank(y))
    .map(([target, wordings]) => ({
      target,
      label: label(target),
      wordings: [...wordings.values()].map((list) => {
        const first = list[0]!.amendment;
        const authors = [
          ...new Set(list.flatMap((n) => [n.amendment.author ?? "", ...(n.amendment.coSponsors ?? [])]).filter((s) => s !== "")),
        ];
        return {
          action: first.action,
          text: first.action === "delete" ? null : (first.text ?? null),
          language: first.language,
          amends: first.parent ?? null,
          authors,
          amendments: list.map((n) => ({
            id: n.amendment.id,
            number: n.number,
            author: n.amendment.author ?? null,
            status: n.amendment.status,
          })),
        };
      }),
    }));
};
