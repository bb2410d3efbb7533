import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatTimeRange } from "./dates.js";
import { LANGUAGES } from "./language.js";

describe("formatDate", () => {
  it("writes the seed's date in each working language", () => {
    expect(formatDate("2021-11-26", "en")).toBe("26 November 2021");
    expect(formatDate("2021-11-26", "ar")).toBe("26 تشرين الثاني/نوفمبر 2021");
    expect(formatDate("2021-11-26", "fr")).toBe("26 novembre 2021");
    expect(formatDate("2021-11-26", "es")).toBe("26 de noviembre de 2021");
  });

  it("uses both the Levantine and the Gregorian month names in Arabic", () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2022-${String(i + 1).padStart(2, "0")}-01`, "ar").replace(/^1 | 2022$/g, ""),
    );
    expect(months).toEqual([
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
    ]);
  });

  it("writes single-digit days without a leading zero", () => {
    expect(formatDate("2021-09-03", "en")).toBe("3 September 2021");
  });

  it("adds the day of the week on request", () => {
    expect(formatDate("2021-11-26", "en", { weekday: true })).toBe("Friday, 26 November 2021");
    expect(formatDate("2021-11-26", "ar", { weekday: true })).toBe("الجمعة، 26 تشرين الثاني/نوفمبر 2021");
    expect(formatDate("2021-11-26", "fr", { weekday: true })).toBe("vendredi 26 novembre 2021");
    expect(formatDate("2021-11-26", "es", { weekday: true })).toBe("viernes, 26 de noviembre de 2021");
  });

  it("refuses what is not a calendar date", () => {
    expect(() => formatDate("2021-02-29", "en")).toThrow(RangeError);
    expect(() => formatDate("26/11/2021", "en")).toThrow(RangeError);
    expect(() => formatDate("2021-13-01", "en")).toThrow(RangeError);
  });

  it("formats every working language", () => {
    for (const lang of LANGUAGES) expect(formatDate("2024-02-29", lang)).toMatch(/^29 .+2024$/);
  });
});

describe("formatDateRange", () => {
  it("writes the Assembly's dates as the seed does", () => {
    expect(formatDateRange("2021-11-26", "2021-11-30", "en")).toBe("26–30 November 2021");
    expect(formatDateRange("2021-11-26", "2021-11-30", "ar")).toBe("26–30 تشرين الثاني/نوفمبر 2021");
    expect(formatDateRange("2021-11-26", "2021-11-30", "es")).toBe("26 a 30 de noviembre de 2021");
  });

  it("names both months or years when they differ", () => {
    expect(formatDateRange("2021-11-29", "2021-12-02", "en")).toBe("29 November – 2 December 2021");
    expect(formatDateRange("2021-12-30", "2022-01-02", "fr")).toBe("30 décembre 2021 – 2 janvier 2022");
    expect(formatDateRange("2021-11-26", "2021-11-26", "en")).toBe("26 November 2021");
  });
});

describe("formatTimeRange", () => {
  it("writes the seed's sitting hours", () => {
    expect(formatTimeRange("11:30", "13:00", "en")).toBe("11.30 a.m. to 1 p.m.");
    expect(formatTimeRange("11:30", "13:00", "ar")).toBe("من 11:30 ولغاية 13:00");
    expect(formatTimeRange("11:30", "13:00", "fr")).toBe("de 11 h 30 à 13 heures");
    expect(formatTimeRange("11:30", "13:00", "es")).toBe("de las 11.30 a las 13.00 horas");
  });

  it("handles noon, midnight and seconds", () => {
    expect(formatTimeRange("10:00", "12:00", "en")).toBe("10 a.m. to noon");
    expect(formatTimeRange("00:00", "09:05:00", "en")).toBe("midnight to 9.05 a.m.");
  });

  it("refuses what is not a time", () => {
    expect(() => formatTimeRange("24:00", "25:00", "en")).toThrow(RangeError);
    expect(() => formatTimeRange("11h30", "13:00", "fr")).toThrow(RangeError);
  });
});
