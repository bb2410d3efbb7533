import type { Language } from "../../domain/language.js";
import { LANGUAGES } from "../../domain/language.js";
import { RULES, wordsOf } from "../../domain/text/openings.js";

/**
 * The language of a draft when none is given: Arabic when its letters outnumber the Latin ones, else the
 * language whose frequent short words (from each language's rules) occur most; English on a tie.
 */
export const guessLanguage = (text: string): Language => {
  const sample = text.slice(0, 20_000);
  const arabic = (sample.match(/\p{Script=Arabic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  if (arabic > latin) return "ar";
  const words = wordsOf(sample, "en");
  let best: Language = "en";
  let most = 0;
  for (const language of LANGUAGES) {
    if (language === "ar") continue;
    const stop = new Set(RULES[language].stopWords);
    let count = 0;
    for (const w of words) if (stop.has(w)) count++;
    if (count > most) {
      most = count;
      best = language;
    }
  }
  return best;
};
