import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { asId, type AmendmentId, type ParagraphId } from "../src/domain/ids.js";
import { multilingual } from "../src/domain/multilingual.js";
import type { Paragraph } from "../src/domain/text/paragraph.js";
import { buildAmendmentsDocument } from "../src/documents/build/amendments-document.js";
import { plain } from "../src/documents/model.js";
import { documentToDocx } from "../src/documents/render/docx.js";
import { compileTypst, documentToPdf } from "../src/documents/render/pdf.js";
import type { DraftSource } from "../src/documents/sources.js";
import type { Measured } from "./run.js";
import type { StoredAmendment } from "../src/store/amendments/rows.js";

const WORDS =
  "parliaments governments children girls boys online sexual exploitation abuse legislation survivors protection platforms education gender".split(
    " ",
  );

const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

/** A draft of 100 paragraphs with 1,000 amendments (70 % amend, 15 % insert, 15 % delete), the same every run. */
const source = (): DraftSource => {
  const next = random(7);
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)] as string).join(" ");
  const paragraphs: Paragraph[] = Array.from({ length: 100 }, (_, i) => ({
    id: asId<ParagraphId>(`p${i}`),
    kind: i < 30 ? "preambular" : "operative",
    text: multilingual("en", { en: `${sentence(30)};` }),
    subParagraphs: [],
  }));
  const amendments: StoredAmendment[] = Array.from({ length: 1000 }, (_, i) => {
    const target = paragraphs[Math.floor(next() * paragraphs.length)] as Paragraph;
    const roll = next();
    const action = roll < 0.7 ? "amend" : roll < 0.85 ? "insert" : "delete";
    const base = target.text.versions.en?.text ?? "";
    const text = action === "amend" ? base.replace(/^(\S+ \S+)/, `$1 ${sentence(4)}`) : action === "insert" ? `${sentence(25)};` : null;
    return {
      amendment: {
        id: asId<AmendmentId>(`a${i}`),
        action,
        language: "en",
        status: "submitted",
        author: `Parliament ${i % 40}`,
        text,
        ...(action === "insert" ? { after: target.id } : { target: target.id }),
      },
      draftId: "d",
      number: i + 1,
      createdBy: null,
      createdAt: "2021-11-25T10:00:00.000Z",
      version: 1,
    };
  });
  return {
    draft: {
      id: "d",
      sittingId: null,
      symbol: "BENCH/1/DR",
      published: true,
      preface: null,
      frontMatter: [],
      text: { title: multilingual("en", { en: "Benchmark draft" }), paragraphs },
    },
    view: {} as DraftSource["view"],
    amendments,
    committee: multilingual("en", { en: "Committee" }),
    event: null,
    date: "2021-11-26",
    decidedAt: new Map(),
  };
};

const CASE = process.env.RAPPORTEUR_BENCH_DOCUMENT;

/** Runs one case in this process and prints its time (ms) and peak resident memory (MB). */
const runCase = async (name: string): Promise<void> => {
  const model = buildAmendmentsDocument(source(), "en");
  const plainText = model.blocks.flatMap((b) => (b.kind === "heading" || b.kind === "paragraph" ? [plain(b.content)] : []));
  const start = performance.now();
  if (name === "pdf") documentToPdf(model);
  else if (name === "docx") await documentToDocx(model);
  else compileTypst("plain.typ", { paragraphs: plainText });
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, mb: process.resourceUsage().maxRSS / 1024 }));
};

/** One case in a fresh process, so that peak memory belongs to it alone. */
const measure = (name: string): { ms: number; mb: number } => {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    env: { ...process.env, RAPPORTEUR_BENCH_DOCUMENT: name },
    encoding: "utf8",
  });
  return JSON.parse(out) as { ms: number; mb: number };
};

/** The amendments document with 1,000 amendments to PDF and to Word, against Typst laying out the same text plainly. */
export const benchDocuments = async (): Promise<Measured[]> => {
  const baseline = measure("plain");
  const pdf = measure("pdf");
  const docx = measure("docx");
  return [
    { name: "amendments document, 1,000 amendments → PDF: time", ours: pdf.ms, baseline: baseline.ms, unit: "ms" },
    { name: "amendments document, 1,000 amendments → PDF: peak memory", ours: pdf.mb, baseline: baseline.mb, unit: "MB" },
    { name: "amendments document, 1,000 amendments → Word: time", ours: docx.ms, baseline: baseline.ms, unit: "ms" },
    { name: "amendments document, 1,000 amendments → Word: peak memory", ours: docx.mb, baseline: baseline.mb, unit: "MB" },
  ];
};

if (CASE) await runCase(CASE);
