import type { Language } from "../../domain/language.js";
import { nextRevisionSymbol } from "../../store/committee/versions.js";
import { pick } from "../ml.js";
import { run, styled, type Line, type Masthead } from "../model.js";
import type { DraftSource } from "../sources.js";
import { masthead } from "./masthead.js";

/** Symbols of the documents derived from a draft, in the IPU's manner (C-III/143/DR-am, C-III/143/DR/Rev.1). */
export const derivedSymbol = {
  amendments: (draft: string) => `${draft}-am`,
  annotatedTable: (draft: string) => `${draft}-am.annot`,
  revisedDraft: nextRevisionSymbol,
  adoptedResolution: (draft: string) => (/\/DR$/.test(draft) ? draft.replace(/\/DR$/, "/R") : `${draft}-adopted`),
};

/** The latest of some ISO date-times as a date, or the fallback. */
export const latestDate = (times: readonly string[], fallback: string): string =>
  times.length ? [...times].sort().at(-1)!.slice(0, 10) : fallback;

/** The masthead of a draft's documents: the gathering, the committee in charge, the symbol and date. */
export const draftMasthead = (source: DraftSource, symbol: string, date: string, language: Language): Masthead =>
  masthead({ event: source.event, body: source.committee, item: null, symbol, date }, language);

/** The draft's title as the documents show it, under a line saying which document this is. */
export const draftTitle = (source: DraftSource, kind: string, language: Language): Line[] => [
  [run(kind, { bold: true })],
  styled(pick(source.draft.text.title, language), { bold: true, italic: true }),
];
