import { useSyncExternalStore } from "react";
import { formatDate, formatDateRange, formatTimeRange, type DateOptions } from "../../domain/dates.js";
import type { Language } from "../../domain/language.js";

/** The digits numbers are written in: Arabic-Indic (٠١٢٣) or Latin (0123), as Intl's numbering systems name them. */
export type Digits = "arab" | "latn";
export const DIGITS: readonly Digits[] = ["latn", "arab"];

const STORAGE_KEY = "rapporteur.digits";
const listeners = new Set<() => void>();

/**
 * Latin digits unless the reader chose otherwise. The IPU's own Arabic information note (the reference case) prints
 * "26 تشرين الثاني/نوفمبر 2021", "من 11:30 ولغاية 13:00" and "الجمعية العامة الـ 143" in Latin digits, as most
 * parliaments of the Maghreb and the Gulf and the UN's Arabic documents do; Arabic-Indic digits are one choice away.
 */
export const DEFAULT_DIGITS: Digits = "latn";

const isDigits = (value: unknown): value is Digits => value === "arab" || value === "latn";

const read = (): Digits => {
  try {
    const value = typeof window === "undefined" ? null : window.localStorage.getItem(STORAGE_KEY);
    return isDigits(value) ? value : DEFAULT_DIGITS;
  } catch {
    return DEFAULT_DIGITS;
  }
};

let chosen: Digits = read();

/** The digits the reader chose for the Arabic interface; the other interfaces always write Latin digits. */
export const chosenDigits = (): Digits => chosen;

/** The digits of an interface language: the reader's choice in Arabic, Latin in the others. */
export const digitsFor = (language: Language, digits: Digits = chosen): Digits => (language === "ar" ? digits : "latn");

/** Chooses the digits, remembers them beside the interface language (this browser's storage), and redraws what shows numbers. */
export const chooseDigits = (digits: Digits): void => {
  chosen = digits;
  try {
    window.localStorage.setItem(STORAGE_KEY, digits);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  for (const listener of listeners) listener();
};

/** Calls back when the digits change, for the interface's texts to be redrawn; returns the unsubscription. */
export const onDigitsChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The locale tag of a language with its digits ("ar-u-nu-latn"), for Intl's number and date formats. */
export const localeWithDigits = (language: Language, digits: Digits = chosen): string => `${language}-u-nu-${digitsFor(language, digits)}`;

const formats = new Map<string, Intl.NumberFormat>();
const numberFormat = (language: Language, digits: Digits, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
  const key = `${language}-${digits}-${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(localeWithDigits(language, digits), options)));
  return format;
};

/** A number in the interface language and the chosen digits: the one formatter of every count, number and amount. */
export const formatNumber = (value: number, language: Language, digits: Digits = chosen, options?: Intl.NumberFormatOptions): string =>
  numberFormat(language, digits, options).format(value);

/**
 * The digits of a text the interface made itself (a date, a time, "11:30") in the chosen digits, each run of digits
 * through the same formatter, zeros kept ("09" → "٠٩"). Never for people's text or symbols (C-III/143/DR).
 */
export const inDigits = (text: string, language: Language, digits: Digits = chosen): string =>
  digitsFor(language, digits) === "latn"
    ? text
    : text.replace(/[0-9]+/g, (run) =>
        formatNumber(Number(run), language, digits, { useGrouping: false, minimumIntegerDigits: Math.min(run.length, 21) }),
      );

/** The dates, times and numbers of one interface language in the chosen digits, for a screen. */
export interface Formatter {
  readonly digits: Digits;
  readonly number: (value: number, options?: Intl.NumberFormatOptions) => string;
  readonly date: (isoDate: string, options?: DateOptions) => string;
  readonly dateRange: (startIso: string, endIso: string) => string;
  readonly timeRange: (start: string, end: string) => string;
  /** A time of day or any text the interface made, "11:30", in the chosen digits. */
  readonly digitsIn: (text: string) => string;
}

/** The formatter of a language and digits; `useFormat` gives the current one to a screen. */
export const formatterOf = (language: Language, digits: Digits = chosen): Formatter => ({
  digits: digitsFor(language, digits),
  number: (value, options) => formatNumber(value, language, digits, options),
  date: (isoDate, options) => inDigits(formatDate(isoDate, language, options), language, digits),
  dateRange: (startIso, endIso) => inDigits(formatDateRange(startIso, endIso, language), language, digits),
  timeRange: (start, end) => inDigits(formatTimeRange(start, end, language), language, digits),
  digitsIn: (text) => inDigits(text, language, digits),
});

/** The digits chosen now, redrawing the component when they change. */
export const useDigits = (): Digits => useSyncExternalStore(onDigitsChange, chosenDigits, () => DEFAULT_DIGITS);
