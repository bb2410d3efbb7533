import type { Language } from "../language.js";

/** One word-boundary segment of a text: a word, a run of spaces or a punctuation mark. */
export interface Token {
  readonly text: string;
  readonly word: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

const segmenterFor = (language: Language | string): Intl.Segmenter => {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
};

/** Splits a text at Unicode word boundaries (UAX #29 via Intl.Segmenter); the tokens concatenate to the text. */
export const tokenize = (text: string, language: Language | string): Token[] => {
  const tokens: Token[] = [];
  for (const s of segmenterFor(language).segment(text)) tokens.push({ text: s.segment, word: s.isWordLike === true });
  return tokens;
};

/** Counts the words of a text, whatever its script. */
export const countWords = (text: string, language: Language | string): number => {
  let n = 0;
  for (const s of segmenterFor(language).segment(text)) if (s.isWordLike) n++;
  return n;
};

const SPACE = /\s/u;
const JOINER = /[\p{M}\p{Cf}]/u;

/**
 * A position at or before `limit` where every text sharing the first `limit` characters has a word
 * boundary: after whitespace, before a character that cannot attach to it. Zero when there is none.
 */
export const safeCutBefore = (text: string, limit: number): number => {
  for (let i = Math.min(limit, text.length) - 1; i > 0; i--) {
    const c = text[i] as string;
    if (SPACE.test(text[i - 1] as string) && !SPACE.test(c) && !JOINER.test(c)) return i;
  }
  return 0;
};

/**
 * A position at or after `from` where every text sharing the characters from `from - 1` on has a word
 * boundary: between a non-space and a space. The text's length when there is none.
 */
export const safeCutAfter = (text: string, from: number): number => {
  for (let i = Math.max(from, 1); i < text.length; i++) {
    if (SPACE.test(text[i] as string) && !SPACE.test(text[i - 1] as string)) return i;
  }
  return text.length;
};
