import type { Language } from "../../domain/language.js";
import type { LanguageVersion, MultilingualText, TranslationStatus } from "../../domain/multilingual.js";

/** An empty text to be written first in `original`. */
export const blankMl = (original: Language): MultilingualText => ({ original, versions: {} });

/** The status of one language of a text: missing until something is written in it. */
export const statusIn = (text: MultilingualText, language: Language): TranslationStatus => {
  const version = text.versions[language];
  return version && version.text.trim() !== "" ? version.status : "missing";
};

/** Writes one language; emptying it makes that language missing again. A new version is final until marked draft. */
export const withText = (text: MultilingualText, language: Language, value: string): MultilingualText => {
  const versions: Partial<Record<Language, LanguageVersion>> = { ...text.versions };
  if (value === "") delete versions[language];
  else versions[language] = { text: value, status: text.versions[language]?.status ?? "final" };
  return { ...text, versions };
};

/** Marks one written language as a draft or a final translation. */
export const withStatus = (text: MultilingualText, language: Language, status: LanguageVersion["status"]): MultilingualText => {
  const version = text.versions[language];
  return version ? { ...text, versions: { ...text.versions, [language]: { ...version, status } } } : text;
};

/** Says which language the text was written in first. */
export const withOriginal = (text: MultilingualText, language: Language): MultilingualText => ({ ...text, original: language });

/** True when no language has any text: an optional field left empty. */
export const isBlank = (text: MultilingualText): boolean => Object.values(text.versions).every((v) => !v || v.text.trim() === "");

/** The languages an editor shows: the event's working languages, then any other language the text already has. */
export const editorLanguages = (text: MultilingualText, working: readonly Language[]): Language[] => {
  const extra = (Object.keys(text.versions) as Language[]).filter((l) => !working.includes(l));
  const shown = [...working, ...extra];
  return shown.includes(text.original) ? shown : [...shown, text.original];
};

/** The text to show in a list: the reader's language, else the original. */
export const textFor = (text: MultilingualText | null | undefined, language: Language): string =>
  text ? (text.versions[language]?.text ?? text.versions[text.original]?.text ?? "") : "";
