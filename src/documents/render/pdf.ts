import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fontBlobs } from "../fonts.js";
import type { DocumentModel } from "../model.js";

/** The folder of the Typst templates, from the sources or from the built files beside them. */
const templates = (): string => {
  const candidates = ["../typst/", "../../../src/documents/typst/"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((dir) => existsSync(`${dir}document.typ`));
  if (!found) throw new Error(`The Typst templates are missing (looked in ${candidates.join(", ")})`);
  return found;
};

let compiler: { instance: NodeCompiler; dir: string } | null = null;

const get = () => {
  if (!compiler) {
    const dir = templates();
    compiler = { instance: NodeCompiler.create({ workspace: dir, fontArgs: [{ fontBlobs: fontBlobs() }] }), dir };
  }
  return compiler;
};

/** A date of the data (ISO, "2021-11-28" or a full time) as the PDF's seconds since 1970; none when it is not a date. */
const timestampOf = (date: string | undefined): number | undefined => {
  if (!date) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
};

/**
 * Compiles a Typst template with JSON data passed as `sys.inputs.data`; the data is never Typst source. The PDF is
 * tagged (its structure readable by assistive technology) and dated DATED, the date its data records, never the clock.
 */
export const compileTypst = (template: string, data: unknown, dated?: string): Buffer => {
  const { instance, dir } = get();
  const result = instance.compile({ mainFilePath: `${dir}${template}`, inputs: { data: JSON.stringify(data) } });
  const error = result.takeDiagnostics();
  const document = result.result;
  if (!document) {
    const diagnostics = error ? instance.fetchDiagnostics(error) : [];
    throw new Error(`Typst could not lay out ${template}: ${JSON.stringify(diagnostics).slice(0, 2000)}`);
  }
  const pdf = instance.pdf(document, { creationTimestamp: timestampOf(dated) ?? 0, pdfTags: true });
  instance.evictCache(10);
  return pdf;
};

/** A document as PDF, laid out by the Typst template with the shipped fonts. */
export const documentToPdf = (model: DocumentModel): Buffer => compileTypst("document.typ", model, model.masthead.date);
