import { z } from "zod";
import { FRONT_MATTER_ROLES } from "../../domain/text/import-types.js";
import type { Language } from "../../domain/language.js";
import type { LanguageVersion, MultilingualText } from "../../domain/multilingual.js";
import { languageDecoder, languageVersionDecoder, multilingualDecoder as ml } from "../decode.js";

/**
 * Translations of the wording an adopted amendment gives a paragraph, kept until that wording changes:
 * `basis` is the adopted wording (with its language) they translate.
 */
export interface RevisionTranslations {
  readonly basis: string;
  readonly versions: Readonly<Partial<Record<Language, LanguageVersion>>>;
}

export interface SubParagraphData {
  readonly id: string;
  readonly text: MultilingualText;
  readonly revision?: RevisionTranslations;
}

/** The JSON a paragraph row holds; `version` counts its changes (1 when never changed). */
export interface ParagraphData {
  readonly text: MultilingualText;
  readonly subParagraphs: readonly SubParagraphData[];
  readonly revision?: RevisionTranslations;
  readonly version?: number;
}

const revision = z.object({
  basis: z.string(),
  versions: z.partialRecord(languageDecoder, languageVersionDecoder),
});

/** `paragraphs.data`: the text per language, sub-paragraphs, translations of a revised wording, the change count. */
export const paragraphData: z.ZodType<ParagraphData> = z.looseObject({
  text: ml,
  subParagraphs: z.array(z.looseObject({ id: z.string(), text: ml, revision: revision.optional() })),
  revision: revision.optional(),
  version: z.number().int().positive().optional(),
});

/**
 * `draft_resolutions.data`: the title, the note on an illustrative text, the enacting formula and the front matter
 * (masthead, symbol, dates, sponsor line) an imported draft came with.
 */
export const draftData = z.looseObject({
  title: ml,
  note: ml.nullable().default(null),
  preface: ml.nullable().default(null),
  frontMatter: z.array(z.object({ role: z.enum(FRONT_MATTER_ROLES), text: z.string(), language: languageDecoder })).default([]),
});
