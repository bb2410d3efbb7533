import type { Language } from "../../domain/language.js";

/** A first guess of a draft's language when none is given: Arabic script, else common French or Spanish words, else English. */
export const guessLanguage = (text: string): Language => {
  const sample = text.slice(0, 20_000);
  const arabic = (sample.match(/\p{Script=Arabic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  if (arabic > latin) return "ar";
  const count = (re: RegExp): number => (sample.match(re) ?? []).length;
  const fr = count(/\b(les|des|du|une|et|aux)\b/giu);
  const es = count(/\b(los|las|del|una|y|el)\b/giu);
  const en = count(/\b(the|of|and|to|in)\b/giu);
  return fr > en && fr >= es ? "fr" : es > en && es > fr ? "es" : "en";
};
