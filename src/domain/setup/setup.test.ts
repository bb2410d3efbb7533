import { describe, expect, it } from "vitest";
import { multilingual } from "../multilingual.js";
import { checkEventDates, checkFootnotes, checkReorder, checkSittingTimes, checkTimeZone, isTimeZone } from "./checks.js";
import { changedPaths, translationStatus } from "./revisions.js";

const event = { startDate: "2021-11-26", endDate: "2021-11-30" };

describe("set-up checks", () => {
  it("knows IANA time zones", () => {
    expect(["Europe/Madrid", "America/Argentina/Buenos_Aires", "UTC"].map(isTimeZone)).toEqual([true, true, true]);
    expect(["Mars/Olympus", "", "CEST"].map(isTimeZone)).toEqual([false, false, false]);
    expect(() => checkTimeZone("Mars/Olympus", "body.timeZone")).toThrowError(
      expect.objectContaining({ issues: [{ path: "body.timeZone", message: "unknown time zone" }] }) as unknown as Error,
    );
  });

  it("keeps sittings inside their event and after their start", () => {
    expect(() => checkSittingTimes({ date: "2021-11-26", startTime: "11:30", endTime: "13:00" }, event)).not.toThrow();
    expect(() => checkSittingTimes({ date: "2021-11-26", startTime: "13:00", endTime: "11:30" }, event)).toThrow(
      /ends \(11:30\) before it starts/,
    );
    expect(() => checkSittingTimes({ date: "2021-12-01", startTime: "09:00", endTime: "10:00" }, event)).toThrow(/outside the event/);
    expect(() => checkEventDates({ startDate: "2021-11-30", endDate: "2021-11-26" })).toThrow(/ends/);
  });

  it("checks footnote numbers and markers in every language", () => {
    const sections = [{ paragraphs: [multilingual("en", { en: "See the report.[^1]", ar: "انظر التقرير.[^2]" })] }];
    expect(() => checkFootnotes(sections, [{ number: 1 }, { number: 2 }])).not.toThrow();
    expect(() => checkFootnotes(sections, [{ number: 1 }])).toThrowError(
      expect.objectContaining({
        issues: [{ path: "body.sections.0.paragraphs.0.versions.ar", message: "unknown footnote 2" }],
      }) as unknown as Error,
    );
    expect(() => checkFootnotes([], [{ number: 1 }, { number: 1 }])).toThrow(/Footnote 1 is given twice/);
  });

  it("accepts only a permutation as a new order", () => {
    expect(() => checkReorder(["a", "b", "c"], ["c", "a", "b"])).not.toThrow();
    for (const order of [
      ["a", "b"],
      ["a", "a", "b"],
      ["a", "b", "d"],
      ["a", "b", "c", "d"],
    ])
      expect(() => checkReorder(["a", "b", "c"], order)).toThrow(/exactly once/);
  });
});

describe("revisions", () => {
  it("names the paths that changed", () => {
    const before = { venue: multilingual("en", { en: "Hall 1", ar: "القاعة 1" }), startTime: "11:30", agenda: [{ number: "5" }] };
    const after = {
      venue: multilingual("en", { en: "Hall 2", ar: "القاعة 1" }),
      startTime: "11:30",
      agenda: [{ number: "5" }, { number: "6" }],
    };
    expect(changedPaths(before, after)).toEqual(["venue.versions.en.text", "agenda.1"]);
    expect(changedPaths(after, after)).toEqual([]);
    expect(changedPaths(null, { a: 1 })).toEqual(["."]);
  });

  it("does not count an empty optional text as a missing translation", () => {
    const value = { name: multilingual("en", { en: "Assembly", ar: "الجمعية" }), tagline: multilingual("en", { en: "" }) };
    expect(translationStatus(value, ["en", "ar"])).toEqual({ en: "final", ar: "final" });
  });

  it("gives each language its weakest translation status", () => {
    const subject = {
      title: multilingual("en", { en: "T", ar: "ع" }),
      rooms: [{ hall: multilingual("en", { en: "H", ar: "ق" }, "draft") }],
    };
    expect(translationStatus(subject)).toEqual({ en: "draft", fr: "missing", es: "missing", ar: "draft" });
    expect(translationStatus({ title: multilingual("en", { en: "T" }) }, ["en"])).toEqual({ en: "final" });
  });
});
