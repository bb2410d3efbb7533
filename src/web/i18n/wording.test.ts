import { describe, expect, it } from "vitest";
import { ERROR_CODES, ISSUE_PROBLEMS } from "../../domain/errors.js";
import { ROW_PROBLEMS } from "../../domain/participants/row-problems.js";
import { REFUSALS } from "../../domain/refusals.js";
import { IMPORT_REASON_CODES } from "../../domain/text/import-reasons.js";
import ar from "./ar.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };

const LOCALES = { en, fr, es, ar } as const;
type Wordings = Readonly<Record<string, unknown>>;
const slotsOf = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string).sort();

/** Each code of a catalogue with its wording in every locale, or `undefined` where a locale has none. */
const wordingsOf = (codes: readonly string[], pick: (locale: (typeof LOCALES)["en"]) => Wordings) =>
  codes.flatMap((code) => Object.entries(LOCALES).map(([language, locale]) => ({ code, language, text: pick(locale)[code] })));

describe("every code the server sends is worded in English, French, Spanish and Arabic", () => {
  it("words each error code (English by the server's own message), each precise refusal and each kind of field problem", () => {
    const missing = [
      ...wordingsOf(Object.keys(ERROR_CODES), (l) => l.errors.code),
      ...wordingsOf(Object.keys(REFUSALS), (l) => l.errors.reason),
      ...wordingsOf(ISSUE_PROBLEMS, (l) => l.errors.issue),
      ...wordingsOf(IMPORT_REASON_CODES, (l) => l.importReason),
      ...wordingsOf(Object.keys(ROW_PROBLEMS), (l) => l.errors.row),
    ].filter((w) => typeof w.text !== "string" || w.text.trim() === "");
    expect(missing).toEqual([]);
  });

  it("fills a refusal's wording only with values the server sends with it", () => {
    for (const [code, refusal] of Object.entries(REFUSALS)) {
      const sent = slotsOf(refusal.english);
      for (const [language, locale] of Object.entries(LOCALES)) {
        const text = (locale.errors.reason as Wordings)[code] as string;
        expect({ code, language, unknown: slotsOf(text).filter((s) => !sent.includes(s)) }).toEqual({ code, language, unknown: [] });
      }
    }
  });

  it("writes the Arabic wordings in Arabic: no Latin word outside the values they are filled with", () => {
    const arabic = [ar.errors.code, ar.errors.reason, ar.errors.issue, ar.errors.row, ar.importReason, ar.importReason.where].flatMap((w) =>
      Object.values(w).filter((v): v is string => typeof v === "string"),
    );
    expect(arabic.length).toBeGreaterThan(60);
    // Values a file must hold (woman, en) are isolated (U+2068 … U+2069), as the screens' check expects.
    const outside = (text: string) => text.replace(/\{\{\w+\}\}/g, "").replace(/\u2068[^\u2069]*\u2069/g, "");
    expect(arabic.filter((text) => /[A-Za-z]{2,}/.test(outside(text)))).toEqual([]);
  });
});
