import type { Language } from "../language.js";
import { WHY } from "./openings.js";
import type { ParagraphKind } from "./paragraph.js";

/**
 * Why the import read a block as it did, as codes with their values: the server sends them beside the English
 * sentence (which the CLI and older clients read), and each interface language words them from `importReason.<code>`.
 */
export interface ImportReason {
  readonly code: ImportReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
}

type Params = ImportReason["params"];
const s = (params: Params, name: string): string => String(params[name] ?? "");
const kindOf = (params: Params): ParagraphKind => (params.kind === "operative" ? "operative" : "preambular");
const languageOf = (params: Params): Language =>
  params.language === "fr" || params.language === "es" || params.language === "ar" ? params.language : "en";

/** Each reason's English sentence, as the import has always written it. */
const ENGLISH = {
  stated_by_source: () => "stated by the source",
  source_marked: (p: Params) => s(p, "note"),
  opens_with: (p: Params) => `opens with "${s(p, "word")}", ${WHY[languageOf(p)][kindOf(p)]} (${kindOf(p)})`,
  ends_with: (p: Params) =>
    `${p.mark === "," || p.mark === "،" ? "ends with a comma" : `ends with "${s(p, "mark")}"`}${p.kind ? ` (${s(p, "kind")})` : ""}`,
  numbered: () => "numbered (operative)",
  no_sign: () => "no sign in its wording",
  no_sign_follows: (p: Params) => `no sign in its wording; follows the previous paragraph (${s(p, "kind")})`,
  follows_previous: (p: Params) => `follows the previous paragraph (${s(p, "kind")})`,
  missing_translation: () => "a missing translation",
  renumbered: (p: Params) => `numbered ${s(p, "number")} where ${s(p, "expected")} was expected, so the number is not kept`,
  labelled: (p: Params) => `labelled ${s(p, "label")}`,
  first_of_article: (p: Params) => `the first paragraph of ${s(p, "article")}`,
  further_of_article: (p: Params) => `a further paragraph of ${s(p, "article")}`,
  taken_as_operative: () => "but it follows an operative paragraph, so taken as operative",
  taken_as_preambular: () => "but it precedes a preambular paragraph, so taken as preambular",
  enacting_formula: () => "the enacting formula",
  formula_between: () => "an enacting formula between the preamble and the operative part",
  article_heading: () => "an article heading: its paragraphs become one operative paragraph, numbered by its label",
  heading_inside: () => "a heading inside the text, not worded as a paragraph",
  closing_line: () => "a closing line (meeting, place or date), not a paragraph",
  deeper_point: (p: Params) => `a point of a deeper level, kept in the text of sub-paragraph (${s(p, "letter")})`,
  opens_with_marker: (p: Params) => `opens with "${s(p, "marker")}"`,
  nested_item: () => "nested list item",
  title_emphasised: () => "the heading or bold line nearest the text",
  title_last_line: () => "the last line before the text not recognised as front matter",
  front_matter: (p: Params) => `front matter (${s(p, "role")}), not a paragraph`,
  not_read: () => "not read",
} as const satisfies Record<string, (params: Params) => string>;

export type ImportReasonCode = keyof typeof ENGLISH;
/** Every reason the import gives, for the test that each interface language words each of them. */
export const IMPORT_REASON_CODES = Object.keys(ENGLISH) as ImportReasonCode[];

/** One reason with its values. */
export const because = (code: ImportReasonCode, params: Params = {}): ImportReason => ({ code, params });

/** The reasons as the import's English sentence: "opens with "urges", a verb in the present tense (operative); ends with ";"". */
export const reasonsInEnglish = (reasons: readonly ImportReason[]): string => reasons.map((r) => ENGLISH[r.code](r.params)).join("; ");
