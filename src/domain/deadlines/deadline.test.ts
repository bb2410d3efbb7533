import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDeadline, deadlineInstant, describeDeadline, isLate, lateMessage, localInZone } from "./deadline.js";

const MADRID = { local: "2021-11-27T18:00", timeZone: "Europe/Madrid" };

describe("deadlines in the event's time zone", () => {
  it("converts 18:00 in Madrid in November (UTC+1) to 17:00 UTC", () => {
    expect(deadlineInstant(MADRID)).toBe("2021-11-27T17:00:00.000Z");
    expect(deadlineInstant({ local: "2021-07-01T18:00", timeZone: "Europe/Madrid" })).toBe("2021-07-01T16:00:00.000Z");
    expect(deadlineInstant({ local: "2021-11-27T18:00", timeZone: "Asia/Kolkata" })).toBe("2021-11-27T12:30:00.000Z");
    expect(deadlineInstant({ local: "2021-11-27T18:00", timeZone: "UTC" })).toBe("2021-11-27T18:00:00.000Z");
  });

  it("shows a moment as the local date-time of the event's zone, across midnight", () => {
    expect(localInZone(Date.parse("2021-11-27T17:00:00Z"), "Europe/Madrid")).toBe("2021-11-27T18:00");
    expect(localInZone(Date.parse("2021-11-27T23:30:00Z"), "Europe/Madrid")).toBe("2021-11-28T00:30");
    expect(localInZone(Date.parse("2021-11-27T23:30:00Z"), "Asia/Tokyo")).toBe("2021-11-28T08:30");
  });

  it("judges lateness on the instant: on time through 18:00:00 Madrid time, late a moment after", () => {
    expect(isLate("2021-11-27T16:59:59.000Z", MADRID)).toBe(false);
    expect(isLate("2021-11-27T17:00:00.000Z", MADRID)).toBe(false);
    expect(isLate("2021-11-27T17:00:00.001Z", MADRID)).toBe(true);
  });

  it("resolves the hour skipped by summer time and the repeated hour of winter time", () => {
    expect(deadlineInstant({ local: "2021-03-28T02:30", timeZone: "Europe/Madrid" })).toBe("2021-03-28T01:30:00.000Z");
    expect(deadlineInstant({ local: "2021-10-31T02:30", timeZone: "Europe/Madrid" })).toBe("2021-10-31T00:30:00.000Z");
  });

  it("names the deadline in the event's zone in the refusal", () => {
    expect(describeDeadline(MADRID)).toBe("27 November 2021, 18:00 (Europe/Madrid)");
    expect(lateMessage(MADRID)).toMatch(/27 November 2021, 18:00 \(Europe\/Madrid\)/);
  });

  it("refuses impossible dates and unknown zones, naming the field", () => {
    expect(() => checkDeadline({ local: "2021-02-30T18:00", timeZone: "Europe/Madrid" })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: "local" })] }) as unknown as Error,
    );
    expect(() => checkDeadline({ local: "2021-11-27 18:00", timeZone: "Europe/Madrid" })).toThrow();
    expect(() => checkDeadline({ local: "2021-11-27T24:00", timeZone: "Europe/Madrid" })).toThrow();
    expect(() => checkDeadline({ local: "2021-11-27T18:00", timeZone: "Europe/Atlantis" })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: "timeZone" })] }) as unknown as Error,
    );
  });

  it("reads back the local time it was given, in any zone, for any minute outside a summer-time gap", () => {
    const zones = ["Europe/Madrid", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "America/Santiago"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (date, timeZone) => {
          const instant = new Date(Math.floor(date.getTime() / 60_000) * 60_000);
          const local = new Intl.DateTimeFormat("sv-SE", {
            timeZone,
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          })
            .format(instant)
            .replace(" ", "T");
          const back = deadlineInstant({ local, timeZone });
          expect(
            new Intl.DateTimeFormat("sv-SE", {
              timeZone,
              year: "numeric",
              month: "2-digit",
              day: "2-digit",
              hour: "2-digit",
              minute: "2-digit",
              hourCycle: "h23",
            })
              .format(new Date(back))
              .replace(" ", "T"),
          ).toBe(local);
        },
      ),
    );
  });
});
