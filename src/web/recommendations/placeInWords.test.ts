import i18next from "i18next";
import { describe, expect, it } from "vitest";
import ar from "../i18n/ar.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import { placeInWords } from "./placeInWords.js";

const i18n = i18next.createInstance();
await i18n.init({ lng: "en", resources: { en: { translation: en }, ar: { translation: ar } }, interpolation: { escapeValue: false } });
const OP5 = "df9b38ec-0c1d-4a3e-9f51-2b7e0d6c1a55";
const labels: Record<string, string> = { [OP5]: "OP5" };
const labelOf = (id: string) => labels[id] ?? null;
const insert = { action: "insert", targetLabel: null, after: OP5, kind: "operative" } as const;

describe("where an amendment applies, in words", () => {
  it("names a new paragraph by the paragraph it follows, in the interface language", async () => {
    expect(placeInWords(i18n.t, insert, labelOf)).toBe("New paragraph after OP5");
    expect(placeInWords(i18n.t, { ...insert, after: null }, labelOf)).toBe("New first operative paragraph");
    expect(placeInWords(i18n.t, { action: "amend", targetLabel: "OP1", after: null, kind: null }, labelOf)).toBe("Amend OP1");
    expect(placeInWords(i18n.t, { action: "amend_title", targetLabel: null, after: null, kind: null }, labelOf)).toBe("Amend the title");
    await i18n.changeLanguage("ar");
    expect(placeInWords(i18n.t, insert, labelOf)).toContain("OP5");
    expect(placeInWords(i18n.t, insert, labelOf)).not.toMatch(/New paragraph/);
    await i18n.changeLanguage("en");
  });

  it("never shows an id or an internal key, even when the paragraph's label is unknown", () => {
    const words = placeInWords(i18n.t, { ...insert, after: "0b1c2d3e-unknown" }, labelOf);
    expect(words).not.toMatch(/[0-9a-f]{8}-|insert:|:en:/);
    expect(words).toBe("New paragraph after it");
  });
});
