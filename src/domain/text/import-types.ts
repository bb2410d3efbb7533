import type { ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import type { DraftText } from "./draft-text.js";
import type { ImportReason } from "./import-reasons.js";
import { PARAGRAPH_KINDS } from "./paragraph.js";

/** The formats a draft resolution is imported from. */
export const DRAFT_FORMATS = ["docx", "markdown", "html", "text", "akn"] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

/** What a piece of front matter is: masthead, symbol, date, sponsor line, a further enacting formula … */
export const FRONT_MATTER_ROLES = [
  "masthead",
  "symbol",
  "date",
  "sponsor line",
  "enacting formula",
  "resolution number",
  "document kind",
] as const;
export type FrontMatterRole = (typeof FRONT_MATTER_ROLES)[number];

/** A line of a draft's front matter as kept with the draft: what it is, its words, their language. */
export interface FrontMatterLine {
  readonly role: FrontMatterRole;
  readonly text: string;
  readonly language: Language;
}

/** One block of an imported file: a line, a Word paragraph, a list item, an AKN element. */
export interface SourceBlock {
  readonly text: string;
  /** Where it came from, for the secretariat and for errors: "line 12", "paragraph 4", "/statement/preamble/container[2]". */
  readonly where: string;
  /** Numbered by the file's own list structure (Word or Markdown numbering). */
  readonly numbered?: boolean;
  /** Nested list depth: 1 and more are sub-items. */
  readonly level?: number;
  readonly heading?: boolean;
  /** The whole block is bold, as a title or heading often is in Word. */
  readonly bold?: boolean;
  /** Id stated by the source (an AKN GUID); kept so that a round trip keeps paragraph ids. */
  readonly id?: string;
  /** Kind stated by the source itself (AKN preamble or body); wins over every guess. */
  readonly kind?: BlockRole;
  /** The source marks this text as a missing translation: the paragraph has no version in the language. */
  readonly missing?: boolean;
  /** For front matter stated by the source: what it is. For text left out: why. */
  readonly note?: string;
}

export const BLOCK_ROLES = [...PARAGRAPH_KINDS, "sub-paragraph", "title", "preface", "front-matter", "left-out"] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

/** What the import decided for one block and why, so that the secretariat can correct it before saving. */
export interface ImportDecision {
  readonly where: string;
  readonly role: BlockRole;
  readonly paragraphId: ParagraphId | null;
  /** The reasons in English, as the CLI prints them. */
  readonly reason: string;
  /** The same reasons as codes, for each interface language to word. */
  readonly because: readonly ImportReason[];
  readonly text: string;
}

/** A piece of front matter, kept and shown, never a paragraph. */
export interface FrontMatterItem {
  readonly role: FrontMatterRole;
  readonly text: string;
  readonly where: string;
}

/** Text of the source that is in no paragraph, with where it was and why it was left out. */
export interface LeftOutText {
  readonly text: string;
  readonly where: string;
  readonly why: string;
  readonly because: readonly ImportReason[];
}

/** A draft read from a file: its text, front matter, enacting formula, what was left out, and every decision. */
export interface ImportedDraft {
  readonly language: Language;
  readonly draft: DraftText;
  /** The enacting formula, e.g. "The 143rd Assembly of the Inter-Parliamentary Union,". */
  readonly preface: string | null;
  readonly frontMatter: readonly FrontMatterItem[];
  readonly leftOut: readonly LeftOutText[];
  readonly decisions: readonly ImportDecision[];
}
