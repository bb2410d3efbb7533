import { LANGUAGES, type Language } from "../language.js";
import type { MultilingualText, TranslationStatus } from "../multilingual.js";

/** The set-up subjects whose every change is kept as a revision. */
export const REVISION_KINDS = ["event", "sitting", "document", "discussion_group"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The paths that differ between two snapshots of a subject ("venue.versions.ar.text", "startTime"),
 * so that a revision says what changed, not only that something did.
 */
export const changedPaths = (before: unknown, after: unknown, prefix = ""): string[] => {
  const a = before as Json;
  const b = after as Json;
  if (a === b) return [];
  const objects = typeof a === "object" && a !== null && typeof b === "object" && b !== null && Array.isArray(a) === Array.isArray(b);
  if (!objects) return [prefix || "."];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const at = (o: Json, k: string) => (o as Record<string, Json>)[k];
  return keys.flatMap((k) => changedPaths(at(a, k) ?? null, at(b, k) ?? null, prefix ? `${prefix}.${k}` : k));
};

const isMultilingual = (v: unknown): v is MultilingualText => typeof v === "object" && v !== null && "original" in v && "versions" in v;

const texts = (value: unknown): MultilingualText[] => {
  if (isMultilingual(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(texts);
  return [];
};

const RANK: Record<TranslationStatus, number> = { missing: 0, draft: 1, final: 2 };

/**
 * How far each language is, over every text of a subject: the weakest status wins, so one missing
 * heading makes the language "missing" (a document never silently falls back to another language).
 */
export const translationStatus = (value: unknown, languages: readonly Language[] = LANGUAGES): Record<Language, TranslationStatus> => {
  // An empty text (an optional field left blank) has nothing to translate.
  const all = texts(value).filter((t) => (t.versions[t.original]?.text ?? "").trim() !== "");
  const status = (lang: Language): TranslationStatus =>
    all.reduce<TranslationStatus>((worst, t) => {
      const s: TranslationStatus = t.versions[lang]?.status ?? "missing";
      return RANK[s] < RANK[worst] ? s : worst;
    }, "final");
  return Object.fromEntries(languages.map((l) => [l, status(l)])) as Record<Language, TranslationStatus>;
};
