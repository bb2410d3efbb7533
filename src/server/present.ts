import type { Language } from "../domain/language.js";
import { inLanguage, type MultilingualText } from "../domain/multilingual.js";

const isMultilingual = (value: unknown): value is MultilingualText =>
  typeof value === "object" && value !== null && "original" in value && "versions" in value;

/** Replaces every multilingual text in a result by its version in one language (missing stays missing). */
export const presentInLanguage = <T>(value: T, language: Language | undefined): T => {
  if (language === undefined) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (isMultilingual(v)) return inLanguage(v, language);
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
};
