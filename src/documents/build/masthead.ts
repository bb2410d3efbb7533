import { formatDate, formatDateRange } from "../../domain/dates.js";
import type { Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { EventView } from "../../store/sittings.js";
import { pick } from "../ml.js";
import { run, styled, type Line, type Masthead } from "../model.js";

/** What the top of a first page names: the gathering, the body, maybe an item, the symbol and the date. */
export interface MastheadInput {
  readonly event: EventView | null;
  readonly body: MultilingualText | null;
  readonly item: Line | null;
  readonly symbol: string;
  readonly date: string;
}

/** The masthead of the seed: organisation and tagline, the gathering, then body and item beside symbol and date. */
export const masthead = (input: MastheadInput, language: Language): Masthead => {
  const e = input.event;
  return {
    date: input.date,
    organisation: e ? [styled(pick(e.organisation, language), { bold: true }), styled(pick(e.tagline, language), { italic: true })] : [],
    gathering: e
      ? [styled(pick(e.name, language), { bold: true }), pick(e.place, language), [run(formatDateRange(e.startDate, e.endDate, language))]]
      : [],
    start: [...(input.body ? [pick(input.body, language)] : []), ...(input.item ? [input.item] : [])],
    end: [[run(input.symbol, { ltr: true, bold: true })], [run(formatDate(input.date, language))]],
  };
};
