import i18next from "i18next";
import { describe, expect, it } from "vitest";
import ar from "./ar.json" with { type: "json" };
import { chooseDigits, DEFAULT_DIGITS, digitsFor, formatNumber, formatterOf, inDigits, onDigitsChange } from "./digits.js";
import { numbersInDigits } from "./index.js";

describe("numbers, dates and times in the chosen digits", () => {
  it("writes Latin digits by default, as the IPU's Arabic information note does", () => {
    expect(DEFAULT_DIGITS).toBe("latn");
    expect(formatNumber(3, "ar", "latn")).toBe("3");
  });

  it("writes a count, a large number and a decimal in Arabic-Indic digits when chosen, through Intl's numbering system", () => {
    expect(formatNumber(3, "ar", "arab")).toBe("٣");
    expect(formatNumber(1234, "ar", "arab")).toBe("١٬٢٣٤");
    expect(formatNumber(2.5, "ar", "arab")).toBe("٢٫٥");
  });

  it("keeps Latin digits in the English, French and Spanish interfaces whatever was chosen", () => {
    for (const language of ["en", "fr", "es"] as const) {
      expect(digitsFor(language, "arab")).toBe("latn");
      expect(formatNumber(3, language, "arab")).toBe("3");
    }
  });

  it("writes a date and a sitting's times in the same digits as the counts, zeros kept", () => {
    const arabic = formatterOf("ar", "arab");
    expect(arabic.date("2021-11-26", { weekday: true })).toBe("الجمعة، ٢٦ تشرين الثاني/نوفمبر ٢٠٢١");
    expect(arabic.timeRange("11:30", "13:00")).toBe("من ١١:٣٠ ولغاية ١٣:٠٠");
    expect(arabic.dateRange("2021-11-26", "2021-11-30")).toBe("٢٦–٣٠ تشرين الثاني/نوفمبر ٢٠٢١");
    expect(inDigits("09:05", "ar", "arab")).toBe("٠٩:٠٥");
    expect(formatterOf("ar", "latn").date("2021-11-26")).toBe("26 تشرين الثاني/نوفمبر 2021");
  });

  it("writes every number a sentence of the interface holds in the chosen digits, and redraws when they change", async () => {
    const i18n = i18next.createInstance();
    await i18n.use(numbersInDigits).init({
      lng: "ar",
      resources: { ar: { translation: ar } },
      interpolation: { escapeValue: false, alwaysFormat: true },
    });
    let redrawn = 0;
    const stop = onDigitsChange(() => redrawn++);
    try {
      chooseDigits("arab");
      expect(i18n.t("errors.reason.quorum_missing_open", { counted: 3, required: 12 })).toMatch(/٣ من أصل ١٢/);
      chooseDigits("latn");
      expect(i18n.t("errors.reason.quorum_missing_open", { counted: 3, required: 12 })).toMatch(/3 من أصل 12/);
      expect(redrawn).toBe(2);
    } finally {
      stop();
    }
  });
});
