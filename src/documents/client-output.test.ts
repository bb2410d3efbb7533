import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../domain/language.js";
import type { TestStore } from "../test-support/stores.js";
import { validateAkn } from "./akn/xmllint.js";
import type { DocumentName } from "./catalogue.js";
import { exportDocument, type ExportFormat } from "./export.js";
import { DRAFT_SYMBOL, docxPart, SECRETARIAT, amendedReferenceStore } from "./testing.js";

const NOTE = "FEM/32/5.Inf-1";
const WORD_TAG: Record<Language, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES", ar: "ar-SA" };

describe("details of the written files that other software reads", () => {
  let store: TestStore;
  const file = async (document: DocumentName, language: Language, format: ExportFormat) =>
    (
      await exportDocument(store.db, SECRETARIAT, {
        document,
        symbol: document === "information-note" ? NOTE : DRAFT_SYMBOL,
        language,
        format,
      })
    ).bytes;

  beforeAll(async () => {
    store = await amendedReferenceStore();
  });
  afterAll(async () => store.dispose());

  it.each([
    ["en", ["Amendment 1", "Operative paragraph 1", "Accepted"], ["Amendment 2", "Preambular paragraph 2", "Rejected"]],
    ["fr", ["Amendement 1"], ["Amendement 2"]],
    ["ar", ["التعديل 1", "الفقرة 1 من المنطوق"], ["التعديل 2", "الفقرة 2 من الديباجة", "رفض"]],
  ] as const)("heads each Akoma Ntoso amendment in %s with its number and the document's language", async (language, first, second) => {
    const xml = (await file("amendments", language as Language, "akn")).toString("utf8");
    expect(validateAkn(xml)).toBe("");
    const headings = [...xml.matchAll(/<amendmentHeading xml:lang="(\w+)"><p><docNumber>([^<]+)<\/docNumber>([^<]*)<\/p>/g)];
    expect(headings).toHaveLength(6);
    expect(headings.every((h) => h[1] === language)).toBe(true);
    for (const [i, expected] of [first, second].entries()) {
      const text = `${headings[i]?.[2]}${headings[i]?.[3]}`;
      for (const e of expected) expect(text).toContain(e);
    }
    expect(xml).not.toMatch(/Amendment [0-9a-f]{8}-/);
  });

  it.each(LANGUAGES.map((l) => [l]))("writes Word paragraphs aligned left, right, both or center and every run in %s", async (language) => {
    for (const document of ["revised-draft", "amendments", "information-note"] as const) {
      const xml = docxPart(await file(document, language, "docx"));
      const alignments = new Set([...xml.matchAll(/<w:jc w:val="(\w+)"\/>/g)].map((m) => m[1]));
      expect([...alignments].every((a) => ["left", "right", "both", "center"].includes(a ?? ""))).toBe(true);
      expect(alignments.has("both")).toBe(true);
      const runs = [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:(?:t|delText)\b/g)];
      expect(runs.length).toBeGreaterThan(10);
      const tag = WORD_TAG[language];
      const lang = language === "ar" ? `<w:lang w:val="${tag}" w:bidi="${tag}"/>` : `<w:lang w:val="${tag}"/>`;
      for (const [, properties] of runs) expect(properties ?? "").toContain(lang);
      const rtl = runs.filter(([, properties]) => (properties ?? "").includes("<w:rtl/>")).length;
      if (language === "ar") expect(rtl).toBeGreaterThan(runs.length / 2);
      else expect(rtl).toBe(0);
    }
  });
});
