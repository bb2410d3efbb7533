import type { Language } from "../domain/language.js";
import type { MultilingualText } from "../domain/multilingual.js";
import { run, type Inline, type Line } from "./model.js";
import { wordingFor } from "./wording/index.js";

const FOOTNOTE_MARKER = /\[\^(\d+)\]/g;

/** The "translation missing" marker of a language, as a run. */
export const missingRun = (language: Language): Inline => run(wordingFor(language).translationMissing, { missing: true });

/** Splits footnote markers `[^n]` out of a text into footnote calls. */
export const withFootnotes = (text: string, look: Omit<Inline, "text"> = {}): Inline[] => {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(FOOTNOTE_MARKER)) {
    if (match.index > last) out.push(run(text.slice(last, match.index), look));
    out.push(run("", { footnote: Number(match[1]) }));
    last = match.index + match[0].length;
  }
  if (last < text.length || out.length === 0) out.push(run(text.slice(last), look));
  return out;
};

/** One language of a multilingual text as a line; a missing version becomes the marker, never another language. */
export const pick = (text: MultilingualText | null | undefined, language: Language, look: Omit<Inline, "text"> = {}): Line => {
  const version = text?.versions[language];
  return version ? withFootnotes(version.text, look) : [missingRun(language)];
};

/** One language of a multilingual text as a string, or null when missing. */
export const textIn = (text: MultilingualText | null | undefined, language: Language): string | null =>
  text?.versions[language]?.text ?? null;
