import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_NAMES, type DocumentName } from "../domain/documents.js";
import { LANGUAGES, type Language } from "../domain/language.js";
import type { TestStore } from "../test-support/stores.js";
import type { DocumentModel, Line } from "./model.js";
import { writeJob } from "./render/job.js";
import { prepareExport } from "./render/prepare.js";
import { DRAFT_SYMBOL, pdfText, SECRETARIAT, amendedReferenceStore } from "./testing.js";

const NOTE = "FEM/32/5.Inf-1";
const SYMBOLS: Record<DocumentName, string> = {
  "information-note": NOTE,
  "group-report": `${NOTE}/G1`,
  "participation-report": NOTE,
  amendments: DRAFT_SYMBOL,
  "annotated-table": DRAFT_SYMBOL,
  "revised-draft": DRAFT_SYMBOL,
  "adopted-resolution": DRAFT_SYMBOL,
};

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Spaces made one, line breaks kept (one per break), and the bidi controls text extraction wraps around embedded runs removed. */
const normal = (text: string): string =>
  text
    .replace(BIDI_CONTROLS, "")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();

/** A piece of source text as a pattern: its spaces match any spaces or line breaks, and a line break may fall between any two characters. */
const pattern = (piece: string): RegExp =>
  new RegExp([...piece].map((c) => (/\s/.test(c) ? "\\s+" : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("\n?"), "u");

const lineText = (line: Line): string => line.map((i) => (i.footnote !== undefined ? String(i.footnote) : i.text)).join("");

/** Every piece of text a document shows, each as its writer lays it out in one stretch (a line, a cell, a paragraph). */
const pieces = (m: DocumentModel): string[] => {
  const lines: Line[] = [...m.masthead.organisation, ...m.masthead.gathering, ...m.masthead.start, ...m.masthead.end, ...m.title];
  const labels: string[] = [];
  for (const b of m.blocks) {
    if (b.kind === "heading") lines.push(b.content);
    else if (b.kind === "paragraph") {
      lines.push(b.content);
      if (b.label) labels.push(b.label);
    } else if (b.kind === "list") lines.push(...b.items);
    else if (b.kind === "table") lines.push(...(b.header ?? []), ...b.rows.flat(2));
    else if (b.kind === "chart") lines.push(b.caption, ...b.series, ...b.bars.map((x) => x.label));
  }
  // A footnote is printed where it is called; a paragraph missing in this language calls none.
  const called = new Set(lines.flatMap((l) => l.flatMap((i) => (i.footnote === undefined ? [] : [i.footnote]))));
  lines.push(...m.footnotes.filter((f) => called.has(f.number)).map((f) => f.content));
  return [...lines.map(lineText), ...labels].map((t) => normal(t).replace(/\s+/g, " ")).filter((t) => t !== "");
};

describe("the PDF text layer", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await amendedReferenceStore();
  });
  afterAll(async () => store.dispose());

  /** The pieces of a document the PDF's text layer does not give back, as `pdftotext` extracts it. */
  const lost = async (document: DocumentName, language: Language): Promise<string[]> => {
    const { job } = await prepareExport(store.db, SECRETARIAT, { document, symbol: SYMBOLS[document], language, format: "pdf" });
    if (!("model" in job)) throw new Error("a PDF job carries its document model");
    const extracted = normal(pdfText(await writeJob(job)));
    return pieces(job.model).filter((p) => !pattern(p).test(extracted));
  };

  // The adopted resolution is written by the revised draft's builder; the reference case's draft is not adopted.
  const documents = DOCUMENT_NAMES.filter((d) => d !== "adopted-resolution").map((d) => [d]);

  describe.each(LANGUAGES.filter((l) => l !== "ar").map((l) => [l]))("in %s", (language: Language) => {
    it.each(documents)("gives back exactly the text of the %s", async (document) => {
      expect(await lost(document, language)).toEqual([]);
    });
  });

  // Known defect of the PDF writer, not of the font: Typst wraps a base letter and its mark drawn out of order
  // ("اً" with Amiri's tanwin, "كّ") in /ActualText spans that poppler reads twice and reversed ("خطيرًا ًا"), and
  // poppler's own bidi pass reorders digits, dashes and punctuation beside Arabic ("26–30" as "30–26"). Amiri,
  // Noto Naskh Arabic, Noto Sans Arabic and Scheherazade New all lose text this way (the Noto fonts far more).
  // These fail as long as the defect lasts; when a Typst or poppler upgrade fixes it, they fail and become plain tests.
  describe("in ar", () => {
    it.fails.each(documents)("does not yet give back exactly the text of the %s", async (document) => {
      expect(await lost(document, "ar")).toEqual([]);
    });
  });
});
