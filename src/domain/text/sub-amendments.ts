import { DomainError } from "../errors.js";
import { asId, type AmendmentId, type ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import { adoptedWording, isAdopted, type Amendment } from "./amendment.js";
import type { Location } from "./draft-text.js";
import { mergeWordings, type Dispute } from "./word-merge.js";

const INSERTED = "new-";

/** The id a paragraph inserted by an amendment receives: derived from the amendment, so stable across runs. */
export const insertedParagraphId = (amendment: AmendmentId): ParagraphId => asId<ParagraphId>(`${INSERTED}${amendment}`);

/**
 * Reads an amendment to (or the deletion of) a paragraph that another amendment inserts ("3bis") as a
 * sub-amendment of that amendment: it acts on the proposed wording before the paragraph exists. Paragraphs of
 * the draft win.
 */
export const resolveSubAmendments = (amendments: readonly Amendment[], at: ReadonlyMap<string, Location>): Amendment[] => {
  const inserts = new Set<string>(amendments.filter((a) => a.action === "insert").map((a) => a.id));
  return amendments.map((a) => {
    const target = a.target ?? "";
    if (a.parent || (a.action !== "amend" && a.action !== "delete") || !target.startsWith(INSERTED) || at.has(target)) return a;
    const parent = target.slice(INSERTED.length);
    return inserts.has(parent) ? { ...a, parent: asId<AmendmentId>(parent), target: null } : a;
  });
};

const fail = (index: number, a: Amendment, field: string, message: string): never => {
  throw new DomainError(
    "validation_failed",
    `Amendment ${a.id}: ${field} ${message}`,
    [{ path: `amendments[${index}].${field}`, message }],
    {
      amendment: a.id,
      field,
    },
  );
};

/**
 * Checks each sub-amendment against the amendment it amends: a new wording of a tabled wording (or the deletion
 * of a proposed new paragraph), in its language, never of a deletion or of another sub-amendment. A
 * sub-amendment whose amendment is not in the list is left out.
 */
export const checkSubAmendment = (index: number, a: Amendment, parent: Amendment | undefined): void => {
  if (!parent) return;
  if (parent.id === a.id) fail(index, a, "parent", "names the amendment itself");
  const deletesNew = a.action === "delete" && parent.action === "insert";
  if (a.action !== "amend" && !deletesNew) fail(index, a, "action", "of a sub-amendment is amend (or delete, for a new paragraph)");
  if (parent.parent) fail(index, a, "parent", `"${parent.id}" is itself a sub-amendment; amend that amendment directly`);
  if (parent.action === "delete") fail(index, a, "parent", `"${parent.id}" deletes a paragraph and has no wording to amend`);
  if (a.language !== parent.language) fail(index, a, "language", `must be ${parent.language}, the language of "${parent.id}"`);
  if (a.target && a.target !== parent.target) fail(index, a, "target", `differs from the target of "${parent.id}"`);
  if (a.after) fail(index, a, "after", "is not used by a sub-amendment");
};

/** An adopted amendment whose wording adopted sub-amendments changed before it was applied. */
export interface SubAmended {
  readonly amendment: AmendmentId;
  readonly language: Language;
  /** The wording as tabled. */
  readonly tabled: string;
  /** The wording applied to the text. */
  readonly wording: string;
  readonly subAmendments: readonly AmendmentId[];
}

/** Adopted sub-amendments of one amendment that collide: the disputes are in its tabled wording. */
export interface SubAmendmentCollision {
  readonly amendment: Amendment;
  readonly subAmendments: readonly AmendmentId[];
  readonly disputes: readonly Dispute[];
}

/** The wording each adopted amendment brings to the text, its adopted sub-amendments applied first (empty when deleted). */
export interface SubAmending {
  readonly wordingOf: (a: Amendment) => string;
  readonly subAmended: ReadonlyMap<AmendmentId, SubAmended>;
  readonly collisions: ReadonlyMap<AmendmentId, SubAmendmentCollision>;
}

/**
 * Applies adopted sub-amendments to the tabled wording of their adopted amendment (merged word by word when
 * several); an amendment accepted as revised takes its revised wording, which supersedes its sub-amendments.
 */
export const subAmend = (amendments: readonly Amendment[]): SubAmending => {
  const byId = new Map(amendments.map((a) => [a.id, a]));
  const subs = new Map<AmendmentId, Amendment[]>();
  for (const a of amendments) {
    const parent = a.parent ? byId.get(a.parent) : undefined;
    if (!parent || !isAdopted(a) || parent.status !== "accepted") continue;
    const list = subs.get(parent.id);
    if (list) list.push(a);
    else subs.set(parent.id, [a]);
  }
  const subAmended = new Map<AmendmentId, SubAmended>();
  const collisions = new Map<AmendmentId, SubAmendmentCollision>();
  for (const [id, list] of subs) {
    const parent = byId.get(id) as Amendment;
    const tabled = parent.text ?? "";
    const ids = list.map((s) => s.id);
    const wording = (s: Amendment): string => (s.action === "delete" ? "" : adoptedWording(s));
    const result = mergeWordings(
      tabled,
      list.map((s) => ({ amendment: s.id, text: wording(s) })),
      parent.language,
    );
    if (!result.merged) collisions.set(id, { amendment: parent, subAmendments: ids, disputes: result.disputes });
    else subAmended.set(id, { amendment: id, language: parent.language, tabled, wording: result.text, subAmendments: ids });
  }
  return { wordingOf: (a) => subAmended.get(a.id)?.wording ?? adoptedWording(a), subAmended, collisions };
};

/**
 * The paragraph (or "title") an amendment changes in the consolidated text: a new paragraph's own id, and
 * for a sub-amendment the place of the amendment it amends.
 */
export const placeOf = (a: Amendment, byId: ReadonlyMap<string, Amendment>): ParagraphId | "title" | null => {
  const parent = a.parent ? byId.get(a.parent) : undefined;
  if (parent && !parent.parent) return placeOf(parent, byId);
  if (a.action === "amend_title") return "title";
  return a.action === "insert" ? insertedParagraphId(a.id) : (a.target ?? null);
};
