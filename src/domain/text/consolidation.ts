import type { AmendmentId, ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import type { MultilingualText } from "../multilingual.js";
import type { Change } from "./diff.js";
import type { DraftText } from "./draft-text.js";
import type { ParagraphKind } from "./paragraph.js";
import type { SubAmended } from "./sub-amendments.js";
import type { Dispute } from "./word-merge.js";

export const OUTCOMES = ["unchanged", "amended", "inserted", "deleted", "conflict"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A sub-paragraph of the consolidated text, with what happened to it. */
export interface ConsolidatedSubParagraph {
  readonly id: ParagraphId;
  /** Label in the revised draft; null once deleted. */
  readonly label: string | null;
  /** Label in the version amended, or the provisional label of a new sub-paragraph. */
  readonly previousLabel: string;
  readonly outcome: Outcome;
  readonly text: MultilingualText;
  /** Tracked changes in the consolidation's language. */
  readonly changes: readonly Change[];
  /** The amendments that shaped it (a compromise and those merged into it). */
  readonly amendments: readonly AmendmentId[];
}

/** A paragraph of the consolidated text: the revised wording, the changes, the amendments behind them. */
export interface ConsolidatedParagraph extends ConsolidatedSubParagraph {
  readonly kind: ParagraphKind;
  readonly subParagraphs: readonly ConsolidatedSubParagraph[];
}

/** A disputed stretch of one paragraph, sub-paragraph or title, or of an amendment's wording. */
export interface ConflictDispute extends Dispute {
  readonly target: ParagraphId | "title";
  /** Set when adopted sub-amendments of this amendment collide: the range lies in its tabled wording. */
  readonly within?: AmendmentId;
}

/**
 * Adopted amendments on one paragraph whose changes touch or overlap: none applied until a compromise replaces
 * them. Each dispute gives the exact words in dispute and every amendment's wording for them.
 */
export interface Conflict {
  readonly target: ParagraphId | "title";
  readonly label: string;
  readonly amendments: readonly AmendmentId[];
  readonly disputes: readonly ConflictDispute[];
}

/** Adopted amendments on one paragraph that change different words: applied together (a word-level merge). */
export interface Merge {
  readonly target: ParagraphId | "title";
  readonly label: string;
  readonly amendments: readonly AmendmentId[];
}

/** The result of applying adopted amendments to a version of a draft. */
export interface Consolidation {
  readonly language: Language;
  readonly title: {
    readonly text: MultilingualText;
    readonly changes: readonly Change[];
    readonly amendments: readonly AmendmentId[];
  } | null;
  /** Every paragraph in order, deleted ones included (label null) so tracked changes can show them. */
  readonly paragraphs: readonly ConsolidatedParagraph[];
  /** Previous (or provisional) label → label in the revised draft, for every surviving paragraph and sub-paragraph. */
  readonly renumbering: Readonly<Record<string, string>>;
  readonly conflicts: readonly Conflict[];
  /** Paragraphs where several adopted amendments were merged. */
  readonly merges: readonly Merge[];
  /** Adopted amendments whose wording adopted sub-amendments changed before it was applied. */
  readonly subAmended: readonly SubAmended[];
  /** The next version: surviving paragraphs with their new wording. */
  readonly revised: DraftText;
}
