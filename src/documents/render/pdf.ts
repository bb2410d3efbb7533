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

/** Compiles a Typst template with JSON data passed as `sys.inputs.data`; the data is never Typst source. */
export const compileTypst = (template: string, data: unknown): Buffer => {
  const { instance, dir } = get();
  const result = instance.compile({ mainFilePath: `${dir}${template}`, inputs: { data: JSON.stringify(data) } });
  const error = result.takeDiagnostics();
  const document = result.result;
  if (!document) {
    const diagnostics = error ? instance.fetchDiagnostics(error) : [];
    throw new Error(`Typst could not lay out ${template}: ${JSON.stringify(diagnostics).slice(0, 2000)}`);
  }
  const pdf = instance.pdf(document, { creationTimestamp: 0, pdfTags: false });
  instance.evictCache(10);
  return pdf;
};

/** A document as PDF, laid out by the Typst template with the shipped fonts. */
export const documentToPdf = (model: DocumentModel): Buffer => compileTypst("document.typ", model);
