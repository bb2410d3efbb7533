import { DomainError } from "../errors.js";
import type { Language } from "../language.js";
import type { TranslationStatus } from "../multilingual.js";

/**
 * Where the translation of one tabled text into one language stands: open (nobody wrote it yet), drafted (saved, not
 * handed in), final (submitted: readers of that language see it), stale (its source changed after it was written),
 * cancelled (its source was withdrawn or no longer needs it).
 */
export const TRANSLATION_STATUSES = ["open", "drafted", "final", "stale", "cancelled"] as const;
export type TranslationTaskStatus = (typeof TRANSLATION_STATUSES)[number];

/** The steps of the workflow: a translator saves or submits; the source changes or goes; a final text is reopened for a correction. */
export const TRANSLATION_STEPS = ["save", "submit", "source_changed", "cancel", "reopen"] as const;
export type TranslationStep = (typeof TRANSLATION_STEPS)[number];

/** What is translated: an amendment's wording (a sub-amendment's and a compromise's too), its revised wording, or a recommendation's text. */
export const TRANSLATION_SOURCES = ["amendment", "recommendation"] as const;
export type TranslationSourceKind = (typeof TRANSLATION_SOURCES)[number];

/** The one table of the translation workflow: from each status, each allowed step and where it leads. */
export const TRANSLATION_TRANSITIONS: Readonly<
  Record<TranslationTaskStatus, Readonly<Partial<Record<TranslationStep, TranslationTaskStatus>>>>
> = {
  open: { save: "drafted", submit: "final", source_changed: "open", cancel: "cancelled" },
  drafted: { save: "drafted", submit: "final", source_changed: "stale", cancel: "cancelled" },
  final: { source_changed: "stale", reopen: "drafted", cancel: "cancelled" },
  stale: { save: "drafted", submit: "final", source_changed: "stale", cancel: "cancelled" },
  // A source that comes back (a decision reopened, then revised again) needs its translation again.
  cancelled: { source_changed: "open" },
};

/** The status a step leads to, or null when the table does not allow it. */
export const nextTranslationStatus = (from: TranslationTaskStatus, step: TranslationStep): TranslationTaskStatus | null =>
  TRANSLATION_TRANSITIONS[from][step] ?? null;

/** Applies one step of the table; anything else is an invalid_transition DomainError. */
export const takeTranslationStep = (from: TranslationTaskStatus, step: TranslationStep): TranslationTaskStatus => {
  const to = nextTranslationStatus(from, step);
  if (to === null)
    throw new DomainError("invalid_transition", `This translation is ${from}; it cannot be ${PAST[step]}`, [], { from, action: step });
  return to;
};

const PAST: Record<TranslationStep, string> = {
  save: "saved",
  submit: "submitted",
  source_changed: "brought up to date",
  cancel: "cancelled",
  reopen: "reopened",
};

/** Whether a translator still has work to do on it: shown in the queue and counted on the start page. */
export const awaitsTranslator = (status: TranslationTaskStatus): boolean => status === "open" || status === "drafted" || status === "stale";

/** How a reader of the language sees it: only a final translation replaces the original; a stale one is as good as missing. */
export const readerStatus = (status: TranslationTaskStatus): TranslationStatus =>
  status === "final" ? "final" : status === "drafted" ? "draft" : "missing";

/** The languages a text written in `source` must be translated into: every other language of the draft. */
export const languagesToTranslate = (draftLanguages: readonly Language[], source: Language): Language[] =>
  draftLanguages.filter((l) => l !== source);

/**
 * A short fingerprint of a source wording (cyrb53 over its NFC form): kept with the task, so that a changed source
 * makes its translation stale. Not a security hash; it only tells wordings apart.
 */
export const sourceHash = (text: string): string => {
  const s = text.normalize("NFC");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
};

/** One task's dates, as the turnaround needs them. */
export interface TaskTimes {
  readonly status: TranslationTaskStatus;
  readonly tabledAt: string;
  readonly doneAt: string | null;
}

/**
 * The time from tabling to the last language, in milliseconds: null while a language is still awaited. Cancelled
 * tasks do not count; a text with no task at all (a one-language draft) has nothing to wait for.
 */
export const turnaround = (tasks: readonly TaskTimes[]): number | null => {
  const live = tasks.filter((t) => t.status !== "cancelled");
  if (live.length === 0 || live.some((t) => t.status !== "final" || t.doneAt === null)) return null;
  const tabled = Math.min(...live.map((t) => Date.parse(t.tabledAt)));
  const done = Math.max(...live.map((t) => Date.parse(t.doneAt!)));
  return Math.max(0, done - tabled);
};

/** The median of some durations, or null for none. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};
