import { DomainError, type ErrorIssue } from "../errors.js";

const invalid = (message: string, issues: ErrorIssue[]) => new DomainError("validation_failed", message, issues);

/** Whether a name is an IANA time zone the runtime knows (e.g. Europe/Madrid). */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
};

/** Refuses an unknown time zone, naming the field. */
export const checkTimeZone = (zone: string, path: string): void => {
  if (!isTimeZone(zone))
    throw invalid(`${zone} is not a time zone; use an IANA name such as Europe/Madrid`, [{ path, message: "unknown time zone" }]);
};

/** An event ends on or after the day it starts. */
export const checkEventDates = (e: { startDate: string; endDate: string }): void => {
  if (e.endDate < e.startDate)
    throw invalid(`The event ends (${e.endDate}) before it starts (${e.startDate})`, [
      { path: "body.endDate", message: "before startDate" },
    ]);
};

/** A sitting falls within its event's dates and ends after it starts (times are local, HH:MM). */
export const checkSittingTimes = (
  s: { date: string; startTime: string; endTime: string },
  event: { startDate: string; endDate: string },
): void => {
  if (s.endTime <= s.startTime)
    throw invalid(`The sitting ends (${s.endTime}) before it starts (${s.startTime})`, [
      { path: "body.endTime", message: "not after startTime" },
    ]);
  if (s.date < event.startDate || s.date > event.endDate)
    throw invalid(`${s.date} is outside the event (${event.startDate} to ${event.endDate})`, [
      { path: "body.date", message: "outside the event's dates" },
    ]);
};

/** Footnote numbers are unique, and every `[^n]` marker in the sections names one of them. */
export const checkFootnotes = (
  sections: readonly { paragraphs: readonly { versions: Partial<Record<string, { text: string }>> }[] }[],
  footnotes: readonly { number: number }[],
): void => {
  const numbers = footnotes.map((f) => f.number);
  const twice = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (twice !== undefined)
    throw invalid(`Footnote ${twice} is given twice`, [{ path: "body.footnotes", message: `duplicate number ${twice}` }]);
  sections.forEach((section, s) =>
    section.paragraphs.forEach((paragraph, p) => {
      for (const [lang, version] of Object.entries(paragraph.versions)) {
        for (const m of version?.text.matchAll(/\[\^(\d+)\]/g) ?? []) {
          if (!numbers.includes(Number(m[1])))
            throw invalid(`Section ${s + 1}, paragraph ${p + 1} (${lang}) refers to footnote ${m[1]}, which does not exist`, [
              { path: `body.sections.${s}.paragraphs.${p}.versions.${lang}`, message: `unknown footnote ${m[1]}` },
            ]);
        }
      }
    }),
  );
};

/** A new order must name each current item exactly once. */
export const checkReorder = (current: readonly string[], order: readonly string[]): void => {
  const same = order.length === current.length && new Set(order).size === order.length && order.every((id) => current.includes(id));
  if (!same)
    throw invalid("The new order must list every guiding question of the group exactly once", [
      { path: "body.order", message: `expected a permutation of ${current.length} question ids` },
    ]);
};
