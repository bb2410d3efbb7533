import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { structureDraft, type SourceBlock } from "../../domain/text/structure.js";
import ar from "../i18n/ar.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import { numbersInDigits } from "../i18n/index.js";
import { reasonsInWords, whereInWords } from "./importReasons.js";

const i18n = i18next.createInstance();
await i18n.use(numbersInDigits).init({
  lng: "ar",
  resources: { en: { translation: en }, ar: { translation: ar } },
  interpolation: { escapeValue: false, alwaysFormat: true },
});

const lines = (...texts: string[]): SourceBlock[] => texts.map((text, i) => ({ text, where: `line ${i + 1}` }));
/** Latin words left once the file's own words, isolated inside the sentence (U+2068 … U+2069), are taken out. */
const latinWords = (text: string): string[] => text.replace(/\u2068[^\u2069]*\u2069/g, "").match(/[A-Za-z]{2,}/g) ?? [];

/** An English draft whose import gives most reasons: front matter, title, formula, kinds by words, numbers and position. */
const imported = structureDraft(
  lines(
    "Inter-Parliamentary Union",
    "143rd IPU Assembly",
    "Madrid, 26–30 November 2021",
    "C-III/143/DR",
    "Legislation worldwide to combat online child sexual exploitation and abuse",
    "Draft resolution submitted by the co-Rapporteurs",
    "The 143rd Assembly of the Inter-Parliamentary Union,",
    "Recalling the Convention on the Rights of the Child,",
    "Aware that the pandemic increased the time children spend online,",
    "The parliaments of the world",
    "1. Calls upon parliaments to act;",
    "5. Urges governments to legislate;",
    "(a) to criminalise grooming;",
  ),
  "en",
);

describe("the import's reasons in the interface language", () => {
  it("words every decision of an English file in Arabic, the file's own words isolated", () => {
    const worded = imported.decisions.map((d) => reasonsInWords(i18n.t, d.because));
    expect(worded).toHaveLength(imported.decisions.length);
    expect(worded.flatMap(latinWords)).toEqual([]);
    expect(worded.join("\n")).toMatch(/يبدأ بـ«\u2068recalling\u2069»، وهي بداية فقرة من نوع ديباجة/);
    expect(worded.join("\n")).toMatch(/رقمه 5 والمتوقع 2/);
    expect(worded.join("\n")).toContain("؛ ");
  });

  it("words where a block was: a line or paragraph by its number, an XML path isolated as it is", async () => {
    expect(whereInWords(i18n.t, "line 12")).toBe("السطر 12");
    expect(whereInWords(i18n.t, "/statement/mainBody/table (line 1)")).toBe("\u2068/statement/mainBody/table (line 1)\u2069");
    await i18n.changeLanguage("en");
    expect(whereInWords(i18n.t, "paragraph 4")).toBe("paragraph 4");
    expect(reasonsInWords(i18n.t, imported.decisions.find((d) => d.role === "preface")?.because ?? [])).toBe("the enacting formula");
    await i18n.changeLanguage("ar");
  });
});
