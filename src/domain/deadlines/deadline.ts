import { formatDate } from "../dates.js";
import { DomainError } from "../errors.js";

/** A deadline as the secretariat sets it: a local date-time ("2021-11-27T18:00") in the event's IANA time zone. */
export interface Deadline {
  readonly local: string;
  readonly timeZone: string;
}

const DAY = 86_400_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const fieldsIn = (instant: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
};

/** A moment as the local date-time ("2021-11-27T18:00") of a time zone: what a deadline's field shows. */
export const localInZone = (instant: number, timeZone: string): string => new Date(fieldsIn(instant, timeZone)).toISOString().slice(0, 16);

/** Whether a name is an IANA time zone the runtime knows. */
export const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
};

/** Checks a deadline as entered: a real local date-time and a known time zone; errors name the field. */
export const checkDeadline = (d: Deadline): Deadline => {
  const m = LOCAL.exec(d.local);
  const [y, mo, day, h, mi] = (m ?? []).slice(1).map(Number) as number[];
  const valid = m !== null && mo! >= 1 && mo! <= 12 && h! <= 23 && mi! <= 59 && new Date(Date.UTC(y!, mo! - 1, day!)).getUTCDate() === day;
  if (!valid)
    throw new DomainError("validation_failed", `"${d.local}" is not a local date-time (YYYY-MM-DDTHH:MM)`, [
      { path: "local", message: "expected YYYY-MM-DDTHH:MM" },
    ]);
  if (!isTimeZone(d.timeZone))
    throw new DomainError("validation_failed", `"${d.timeZone}" is not a time zone`, [
      { path: "timeZone", message: "unknown IANA time zone" },
    ]);
  return d;
};

/**
 * The instant (UTC, ISO) of a local date-time in a time zone. A local time skipped by a change to summer time
 * resolves to the instant after the gap; a repeated one to its first occurrence.
 */
export const deadlineInstant = (d: Deadline): string => {
  checkDeadline(d);
  const [y, mo, day, h, mi] = LOCAL.exec(d.local)!.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, day, h, mi);
  const offsetAt = (instant: number) => fieldsIn(instant, d.timeZone) - instant;
  const tried = [wall - DAY, wall, wall + DAY].map((t) => wall - offsetAt(t));
  const candidates = tried.filter((t) => fieldsIn(t, d.timeZone) === wall).sort((a, b) => a - b);
  return new Date(candidates[0] ?? Math.max(...tried)).toISOString();
};

/** Late means after the deadline minute has passed: a submission at 18:00:00 for an 18:00 deadline is on time. */
export const isLate = (nowIso: string, d: Deadline): boolean => Date.parse(nowIso) > Date.parse(deadlineInstant(d));

/** The deadline as people read it, in the event's zone: "27 November 2021, 18:00 (Europe/Madrid)". */
export const describeDeadline = (d: Deadline): string => `${formatDate(d.local.slice(0, 10), "en")}, ${d.local.slice(11)} (${d.timeZone})`;

/** The message a late submission is refused with, naming the deadline in the event's time zone. */
export const lateMessage = (d: Deadline): string =>
  `The deadline for amendments was ${describeDeadline(d)}; a late amendment needs the secretariat's explicit acceptance`;
