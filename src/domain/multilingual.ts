import type { Language } from "./language.js";

/** A translation is missing, drafted or final; a document never silently falls back to another language. */
export const LANGUAGE_VERSION_STATUSES = ["missing", "draft", "final"] as const;
export type TranslationStatus = (typeof LANGUAGE_VERSION_STATUSES)[number];

/** The statuses of a language version that has been written. */
export const WRITTEN_STATUSES = ["draft", "final"] as const satisfies readonly TranslationStatus[];

export interface LanguageVersion {
  readonly text: string;
  readonly status: (typeof WRITTEN_STATUSES)[number];
}

/** A text with its original language and one version per language that has been written. */
export interface MultilingualText {
  readonly original: Language;
  readonly versions: Readonly<Partial<Record<Language, LanguageVersion>>>;
}

/** One language of a multilingual text, as shown to a reader of that language. */
export interface TextInLanguage {
  readonly language: Language;
  readonly text: string | null;
  readonly status: TranslationStatus;
  readonly original: boolean;
}

/** Builds a text written in `original`, with optional translations all marked final. */
export const multilingual = (
  original: Language,
  versions: Partial<Record<Language, string>>,
  status: LanguageVersion["status"] = "final",
): MultilingualText => {
  const entries = Object.entries(versions).filter(([, text]) => text !== undefined);
  return {
    original,
    versions: Object.fromEntries(entries.map(([lang, text]) => [lang, { text: text as string, status }])),
  };
};

/** Picks one language; a missing translation stays missing (text null), it is never replaced. */
export const inLanguage = (text: MultilingualText, language: Language): TextInLanguage => {
  const version = text.versions[language];
  return {
    language,
    text: version?.text ?? null,
    status: version?.status ?? "missing",
    original: text.original === language,
  };
};

/** Replaces one language version, keeping the others; used when a translator supplies a text. */
export const withVersion = (text: MultilingualText, language: Language, version: LanguageVersion): MultilingualText => ({
  ...text,
  versions: { ...text.versions, [language]: version },
});

/** Marks every language other than the one just written as needing translation. */
export const afterEditIn = (text: MultilingualText, language: Language, newText: string): MultilingualText => {
  const versions = Object.fromEntries(
    Object.entries(text.versions).map(([lang, v]) =>
      lang === language ? [lang, { text: newText, status: "final" }] : [lang, { ...v, status: "draft" }],
    ),
  ) as MultilingualText["versions"];
  return { original: language, versions: { ...versions, [language]: { text: newText, status: "final" } } };
};

/** Keeps only the original language: the other versions translated an earlier wording and are now missing. */
export const originalOnly = (text: MultilingualText): MultilingualText => {
  const version = text.versions[text.original];
  return { original: text.original, versions: version ? { [text.original]: version } : {} };
};
