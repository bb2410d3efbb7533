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

/** Segmented pieces by language, then by piece: a piece's own string is the key, so no key is built per piece. */
const chunkCache = new Map<string, Map<string, readonly Token[]>>();
let chunksCached = 0;
const CHUNK_CACHE_LIMIT = 50_000;

const segmentChunk = (chunk: string, language: Language | string): readonly Token[] => {
  let inLanguage = chunkCache.get(language);
  if (!inLanguage) chunkCache.set(language, (inLanguage = new Map()));
  let tokens = inLanguage.get(chunk);
  if (!tokens) {
    const list: Token[] = [];
    for (const s of segmenterFor(language).segment(chunk)) list.push({ text: s.segment, word: s.isWordLike === true });
    if (chunksCached >= CHUNK_CACHE_LIMIT) {
      for (const m of chunkCache.values()) m.clear();
      chunksCached = 0;
    }
    inLanguage.set(chunk, list);
    chunksCached++;
    tokens = list;
  }
  return tokens;
};

const pushAll = (into: Token[], tokens: readonly Token[]): void => {
  for (const t of tokens) into.push(t);
};

/**
 * Splits a text at Unicode word boundaries (UAX #29 via Intl.Segmenter); the tokens concatenate to the text.
 * The text is segmented in pieces cut only where UAX #29 always breaks (after a space, before a character
 * that cannot attach to it), so repeated pieces are segmented once.
 */
export const tokenize = (text: string, language: Language | string): Token[] => {
  const tokens: Token[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (isCut(text, i)) {
      pushAll(tokens, segmentChunk(text.slice(from, i), language));
      from = i;
    }
  }
  if (from < text.length) pushAll(tokens, segmentChunk(text.slice(from), language));
  return tokens;
};

/** Counts the words of a text, whatever its script. */
export const countWords = (text: string, language: Language | string): number => {
  let n = 0;
  for (const t of tokenize(text, language)) if (t.word) n++;
  return n;
};

const SPACE = /[^\S\uFEFF]/u;
const JOINER = /[\s\p{M}\p{Cf}]/u;

/** True when every text with these two characters around position i has a word boundary there. */
const isCut = (text: string, i: number): boolean => {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  if (before === 32 && at > 32 && at < 127) return true;
  if (before > 32 && before < 127) return false;
  return SPACE.test(text[i - 1] as string) && !JOINER.test(text[i] as string);
};

/**
 * A position at or before `limit` where every text sharing the first `limit` characters has a word
 * boundary: after whitespace, before a character that cannot attach to it. Zero when there is none.
 */
export const safeCutBefore = (text: string, limit: number): number => {
  for (let i = Math.min(limit, text.length) - 1; i > 0; i--) if (isCut(text, i)) return i;
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
