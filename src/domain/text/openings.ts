import type { Language } from "../language.js";
import { ar } from "./openings/ar.js";
import { en } from "./openings/en.js";
import { es } from "./openings/es.js";
import { fr } from "./openings/fr.js";
import type { LanguageRules } from "./openings/rules.js";
import type { ParagraphKind } from "./paragraph.js";

/** The rules of each working language, as data. */
export const RULES: Readonly<Record<Language, LanguageRules>> = { en, fr, es, ar };

/** What the opening words of a paragraph say about its kind, and why. */
export interface OpeningVerdict {
  readonly kind: ParagraphKind;
  readonly word: string;
  readonly why: string;
}

/** Removes Arabic diacritics and tatweel and unifies alif forms, so that spelling variants match. */
export const normalizeArabic = (text: string): string =>
  text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي");

/** Lower case, one apostrophe, Arabic normalized: the form every word list is matched in. */
export const normalizeWords = (text: string): string => normalizeArabic(text.toLocaleLowerCase().replace(/[’ʼ]/g, "'"));

const segmenters = new Map<Language, Intl.Segmenter>();
const LATIN_WORD = /[\p{L}\p{M}\p{N}]+(?:['.-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of a text (normalized). Arabic is cut with Intl.Segmenter, so that its words are found whatever
 * the spacing and diacritics; the Latin-script languages by letters and digits, which gives the same words.
 */
export const wordsOf = (text: string, language: Language): string[] => {
  const normalized = normalizeWords(text);
  if (language !== "ar" && !/\p{Script=Arabic}/u.test(normalized)) return normalized.match(LATIN_WORD) ?? [];
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: "word" })));
  const out: string[] = [];
  for (const s of segmenter.segment(normalized)) if (s.isWordLike) out.push(s.segment);
  return out;
};

interface Table {
  readonly skip: ReadonlySet<string>;
  /** Phrases by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, ReadonlyArray<{ words: string[]; kind: ParagraphKind }>>;
}

const tables = new Map<Language, Table>();

const tableOf = (language: Language): Table => {
  let table = tables.get(language);
  if (table) return table;
  const rules = RULES[language];
  const phrases = new Map<string, Array<{ words: string[]; kind: ParagraphKind }>>();
  const add = (entry: string, kind: ParagraphKind): void => {
    const words = wordsOf(entry, language);
    const first = words[0];
    if (!first) return;
    const list = phrases.get(first) ?? [];
    list.push({ words, kind });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(first, list);
  };
  for (const entry of rules.preambular) add(entry, "preambular");
  for (const entry of rules.operative) add(entry, "operative");
  table = { skip: new Set(rules.skip.flatMap((s) => wordsOf(s, language))), phrases };
  tables.set(language, table);
  return table;
};

/** What a preambular or operative opening word is, in English, by the language of the words (a participle, a verb). */
export const WHY: Readonly<Record<Language, Readonly<Record<ParagraphKind, string>>>> = {
  en: { preambular: "a word that opens a preambular paragraph", operative: "a verb in the present tense" },
  fr: {
    preambular: "un participe ou un adjectif (a participle or adjective)",
    operative: "un verbe au présent (a verb in the present tense)",
  },
  es: { preambular: "un gerundio o participio (a gerund or participle)", operative: "un verbo en presente (a verb in the present tense)" },
  ar: { preambular: "أداة حال أو مصدر مثل إذ ولمّا كان (an opening such as إذ)", operative: "فعل مضارع (a verb in the present tense)" },
};

/** The first words of a text, enough for an adverb and the longest listed phrase, cut at a space. */
const openingWords = (text: string): string => {
  if (text.length <= 64) return text;
  const space = text.indexOf(" ", 40);
  return text.slice(0, space < 0 || space > 64 ? 48 : space);
};

const openingCache = new Map<string, OpeningVerdict | null>();
const OPENING_CACHE_LIMIT = 20_000;

/** Reads the opening words of a paragraph in one language: listed phrases first, then word endings. */
export const openingIn = (text: string, language: Language): OpeningVerdict | null => {
  const start = openingWords(text);
  const key = `${language}\u0000${start}`;
  const known = openingCache.get(key);
  if (known !== undefined) return known;
  const verdict = readWords(wordsOf(start, language), language);
  if (openingCache.size >= OPENING_CACHE_LIMIT) openingCache.clear();
  openingCache.set(key, verdict);
  return verdict;
};

const readWords = (words: readonly string[], language: Language): OpeningVerdict | null => {
  const table = tableOf(language);
  let i = 0;
  while (i < words.length && table.skip.has(words[i] as string)) i++;
  const w = words[i];
  if (w === undefined) return null;
  for (const phrase of table.phrases.get(w) ?? []) {
    if (phrase.words.every((x, j) => words[i + j] === x))
      return { kind: phrase.kind, word: phrase.words.join(" "), why: WHY[language][phrase.kind] };
  }
  if (language !== "ar" && !/^\p{L}+$/u.test(w)) return null;
  const rules = RULES[language];
  if (rules.preambularEnding?.test(w)) return { kind: "preambular", word: w, why: WHY[language].preambular };
  const stem = language === "ar" && w.length > 3 && w.startsWith("و") ? w.slice(1) : w;
  if (rules.operativeEnding?.test(stem)) return { kind: "operative", word: w, why: WHY[language].operative };
  return null;
};

/** Reads the opening words: Arabic script in Arabic, other scripts in the draft's language (or en, fr, es for an Arabic draft). */
export const readOpening = (text: string, language: Language): (OpeningVerdict & { language: Language }) | null => {
  const order: Language[] = /^[^\p{L}]*\p{Script=Arabic}/u.test(text) ? ["ar"] : language === "ar" ? ["en", "fr", "es"] : [language];
  for (const l of order) {
    const verdict = openingIn(text, l);
    if (verdict) return { ...verdict, language: l };
  }
  return null;
};
