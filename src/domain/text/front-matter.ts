import { LANGUAGES, type Language } from "../language.js";
import type { FrontMatterRole } from "./import-types.js";
import { normalizeWords, RULES } from "./openings.js";

const SYMBOL = /^(?:[\p{L}\s]{0,40}\s)?[A-Z][A-Z0-9.-]*\/[A-Za-z0-9.\-/]+$/u;
const YEAR = /(^|\D)(1[89]|20)\d\d(\D|$)/u;
const BRACKETED = /^\[[^\]]*\]$/u;
const RESOLUTION_NUMBER = /^(\d+\/\d+)\.\s+(?=\S)/u;

/** Whether a block is an enacting formula: "The General Assembly,", "Now, therefore,", "إن الجمعية العامة،". */
export const isFormula = (text: string, language: Language): boolean =>
  text.length <= 200 && RULES[language].formula.test(language === "ar" ? normalizeWords(text) : text);

/** Whether a block is a sponsor line: "Draft resolution submitted by the co-Rapporteurs …". */
export const isSponsorLine = (text: string, language: Language): boolean =>
  RULES[language].sponsor.test(language === "ar" ? normalizeWords(text) : text) || (language !== "en" && RULES.en.sponsor.test(text));

const MONTHS = new Map(
  LANGUAGES.map((l) => [l, new RegExp(`(^|[^\\p{L}])(${[...RULES[l].months, ...RULES.en.months].join("|")})([^\\p{L}]|$)`, "u")]),
);
const PATTERNS = new Map(LANGUAGES.map((l) => [l, [...RULES[l].frontMatter, ...(l === "en" ? [] : RULES.en.frontMatter)]]));

const hasMonth = (words: string, language: Language): boolean => (MONTHS.get(language) as RegExp).test(words);

/**
 * What a line before the first paragraph is, when its wording says so: a symbol, a date or place and dates,
 * a sponsor line, "Original: English", a session or agenda item, a motto; null for any other line.
 */
export const frontMatterRole = (text: string, language: Language): FrontMatterRole | null => {
  if (isSponsorLine(text, language)) return "sponsor line";
  if (SYMBOL.test(text)) return "symbol";
  if (/^\d+\/\d+\.?$/u.test(text)) return "resolution number";
  const words = normalizeWords(text);
  const rules = PATTERNS.get(language) as RegExp[];
  if (text.length <= 200 && (BRACKETED.test(text) || rules.some((r) => r.test(language === "ar" ? words : text)))) return "masthead";
  if (text.length <= 120 && YEAR.test(text) && hasMonth(words, language)) return "date";
  return null;
};

/** Splits a UN resolution number off its title: "79/275. International Day …" → ["79/275", "International Day …"]. */
export const splitResolutionNumber = (title: string): [string | null, string] => {
  const m = RESOLUTION_NUMBER.exec(title);
  return m ? [m[1] as string, title.slice(m[0].length)] : [null, title];
};
