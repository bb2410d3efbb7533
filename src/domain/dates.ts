import type { Language } from "./language.js";

/**
 * Dates and times in the editorial style of United Nations and IPU documents, as in the
 * reference information note: "26 November 2021", "26 تشرين الثاني/نوفمبر 2021".
 * Pure string work on ISO values: no time zone conversion, because a sitting's date and
 * times are already local to its event.
 */

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  // Levantine and Gregorian names together, as the UN Arabic style writes them.
  ar: [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيو",
    "تموز/يوليو",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
  ],
};

const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  ar: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
};

interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const parseDate = (isoDate: string): CalendarDate => {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${isoDate}`);
  }
  return { year, month, day };
};

const parseTime = (isoTime: string): { hours: number; minutes: number } => {
  const match = ISO_TIME.exec(isoTime);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) throw new RangeError(`Not a time (HH:MM): ${isoTime}`);
  return { hours, minutes };
};

const monthName = (lang: Language, month: number): string => MONTHS[lang][month - 1] as string;

const dayMonthYear = ({ year, month, day }: CalendarDate, lang: Language): string =>
  lang === "es" ? `${day} de ${monthName(lang, month)} de ${year}` : `${day} ${monthName(lang, month)} ${year}`;

const weekdayOf = ({ year, month, day }: CalendarDate): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

export interface DateOptions {
  /** Prefix the day of the week: "Friday, 26 November 2021". */
  readonly weekday?: boolean;
}

/** Formats an ISO date ("2021-11-26") as "26 November 2021" in the given language. */
export const formatDate = (isoDate: string, lang: Language, options: DateOptions = {}): string => {
  const date = parseDate(isoDate);
  const text = dayMonthYear(date, lang);
  if (!options.weekday) return text;
  const weekday = WEEKDAYS[lang][weekdayOf(date)] as string;
  if (lang === "ar") return `${weekday}، ${text}`;
  if (lang === "fr") return `${weekday} ${text}`;
  return `${weekday}, ${text}`;
};

/** Formats the dates of a gathering: "26–30 November 2021", "26 November – 2 December 2021". */
export const formatDateRange = (startIso: string, endIso: string, lang: Language): string => {
  const start = parseDate(startIso);
  const end = parseDate(endIso);
  if (startIso === endIso) return dayMonthYear(start, lang);
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;
  const last = dayMonthYear(end, lang);
  if (sameMonth) {
    return lang === "es" ? `${start.day} a ${last}` : `${start.day}–${last}`;
  }
  if (sameYear) {
    const first = lang === "es" ? `${start.day} de ${monthName(lang, start.month)}` : `${start.day} ${monthName(lang, start.month)}`;
    return lang === "es" ? `${first} a ${last}` : `${first} – ${last}`;
  }
  const first = dayMonthYear(start, lang);
  return lang === "es" ? `${first} a ${last}` : `${first} – ${last}`;
};

const englishTime = (hours: number, minutes: number): string => {
  if (hours === 12 && minutes === 0) return "noon";
  if (hours === 0 && minutes === 0) return "midnight";
  const suffix = hours < 12 ? "a.m." : "p.m.";
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${h12} ${suffix}` : `${h12}.${String(minutes).padStart(2, "0")} ${suffix}`;
};

const frenchTime = (hours: number, minutes: number): string =>
  minutes === 0 ? `${hours} heures` : `${hours} h ${String(minutes).padStart(2, "0")}`;

const twentyFourHour = (hours: number, minutes: number, separator: string): string =>
  `${String(hours).padStart(2, "0")}${separator}${String(minutes).padStart(2, "0")}`;

/**
 * Formats the start and end of a sitting ("11:30", "13:00") as the seed does:
 * "11.30 a.m. to 1 p.m.", "من 11:30 ولغاية 13:00", "de 11 h 30 à 13 heures",
 * "de las 11.30 a las 13.00 horas".
 */
export const formatTimeRange = (start: string, end: string, lang: Language): string => {
  const s = parseTime(start);
  const e = parseTime(end);
  switch (lang) {
    case "en":
      return `${englishTime(s.hours, s.minutes)} to ${englishTime(e.hours, e.minutes)}`;
    case "fr":
      return `de ${frenchTime(s.hours, s.minutes)} à ${frenchTime(e.hours, e.minutes)}`;
    case "es":
      return `de las ${twentyFourHour(s.hours, s.minutes, ".")} a las ${twentyFourHour(e.hours, e.minutes, ".")} horas`;
    case "ar":
      return `من ${twentyFourHour(s.hours, s.minutes, ":")} ولغاية ${twentyFourHour(e.hours, e.minutes, ":")}`;
  }
};
