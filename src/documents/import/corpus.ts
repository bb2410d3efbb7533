import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ImportedDraft } from "../../domain/text/structure.js";
import { labelAll } from "../../domain/text/labels.js";
import { importDraft } from "./import-draft.js";

/** The folder of the corpus of realistic drafts. */
export const CORPUS = fileURLToPath(new URL("../../../fixtures/corpus/", import.meta.url));

/** A line of a Word draft described in the corpus. */
const wordLine = z.strictObject({
  text: z.string(),
  style: z.enum(["heading", "title"]).optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** Level in Word's own numbered list: 0 numbers 1., 2. …, 1 letters (a), (b) …, 2 roman (i), (ii) …. */
  list: z.number().int().optional(),
});
type WordLine = z.output<typeof wordLine>;

/** Builds a real Word file from a corpus description: heading styles, bold and italic runs, Word numbering. */
export const wordFromDescription = async (lines: readonly WordLine[], rtl: boolean): Promise<Uint8Array> => {
  const levels = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN].map((format, level) => ({
    level,
    format,
    text: level === 0 ? "%1." : `(%${level + 1})`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
  const doc = new Document({
    numbering: { config: [{ reference: "draft", levels }] },
    sections: [
      {
        children: lines.map(
          (l) =>
            new Paragraph({
              bidirectional: rtl,
              heading: l.style === "title" ? HeadingLevel.TITLE : l.style === "heading" ? HeadingLevel.HEADING_2 : undefined,
              ...(l.list !== undefined ? { numbering: { reference: "draft", level: l.list } } : {}),
              children: [new TextRun({ text: l.text, bold: l.bold ?? false, italics: l.italic ?? false, rightToLeft: rtl })],
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};

/** The names of the corpus drafts (every file but the expectations and the README). */
export const corpusDrafts = (): string[] =>
  readdirSync(CORPUS)
    .filter((f) => !f.endsWith(".expected.json") && f !== "README.md")
    .sort();

/** Imports one corpus draft, building it first when it is a Word description; the language is read from the file. */
export const importCorpusDraft = async (name: string): Promise<ImportedDraft> => {
  const raw = readFileSync(`${CORPUS}${name}`);
  if (name.endsWith(".docx.json")) {
    const bytes = await wordFromDescription(z.array(wordLine).parse(JSON.parse(raw.toString())), name.includes(".ar."));
    return importDraft(bytes, { source: name.replace(/\.json$/, "") });
  }
  return importDraft(new Uint8Array(raw), { source: name });
};

/** What a corpus expectation states: title, language, formula, front matter, paragraphs, what was left out. */
export const summary = (d: ImportedDraft) => {
  const labels = labelAll(d.draft.paragraphs);
  const text = (m: { versions: Partial<Record<string, { text: string }>> }): string | null => m.versions[d.language]?.text ?? null;
  return {
    title: d.draft.title ? text(d.draft.title) : null,
    language: d.language,
    preface: d.preface,
    frontMatter: d.frontMatter.map((f) => `${f.role}: ${f.text}`),
    paragraphs: d.draft.paragraphs.map((p) => ({
      label: labels.get(p.id),
      kind: p.kind,
      text: text(p.text),
      subParagraphs: p.subParagraphs.map((s) => text(s.text)),
    })),
    leftOut: d.leftOut.map((l) => l.text),
  };
};
