import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Language } from "../../domain/language.js";
import type { Block, DocumentModel, Inline, Line } from "../model.js";

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * Word's language tag per document language, on every run (w:lang) so spelling and grammar use the right dictionary;
 * Arabic also as the complex-script language (w:lang w:bidi).
 */
const WORD_LANGUAGES: Record<Language, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES", ar: "ar-SA" };

/** Paragraph alignment in the values every Word version and python-docx read: left/right are the leading/trailing edge. */
const ALIGN = { start: AlignmentType.LEFT, end: AlignmentType.RIGHT, center: AlignmentType.CENTER, both: AlignmentType.BOTH } as const;

/** Builds Word runs for one document, numbering its tracked changes. */
const writer = (model: DocumentModel) => {
  const rtl = model.language === "ar";
  let changeId = 0;
  const tag = WORD_LANGUAGES[model.language];
  const language = rtl ? { value: tag, bidirectional: tag } : { value: tag };
  const look = (x: Inline) => ({
    language,
    bold: x.bold ?? false,
    boldComplexScript: x.bold ?? false,
    italics: (x.italic ?? false) && !rtl,
    rightToLeft: rtl && !x.ltr,
    ...(x.missing ? { color: "8A1C1C" } : {}),
  });
  const inline = (x: Inline): ParagraphChild => {
    if (x.footnote !== undefined) return new FootnoteReferenceRun(x.footnote);
    const options = { text: x.text, ...look(x) };
    if (x.change) {
      const by = { id: ++changeId, author: x.revision?.author || "Rapporteur", date: x.revision?.date ?? new Date(0).toISOString() };
      return x.change === "insert" ? new InsertedTextRun({ ...options, ...by }) : new DeletedTextRun({ ...options, ...by });
    }
    if (x.link) return new ExternalHyperlink({ link: x.link, children: [new TextRun({ ...options, style: "Hyperlink" })] });
    return new TextRun(options);
  };
  const para = (
    content: Line,
    options: { align?: Align; bold?: boolean; size?: number; indent?: boolean; label?: string; bullet?: boolean; italic?: boolean } = {},
  ) =>
    new Paragraph({
      bidirectional: rtl,
      alignment: options.align ?? ALIGN.both,
      spacing: { after: 120 },
      ...(options.indent || options.label !== undefined
        ? { indent: { start: options.indent ? 1134 : 567, hanging: options.label !== undefined ? 567 : 0 } }
        : {}),
      ...(options.bullet ? { bullet: { level: 0 } } : {}),
      children: [
        ...(options.label !== undefined ? [new TextRun({ text: `${options.label}\t`, rightToLeft: rtl, language })] : []),
        ...content.map((x) => inline({ ...x, ...(options.bold ? { bold: true } : {}), ...(options.italic ? { italic: true } : {}) })),
      ],
    });
  const lines = (ls: readonly Line[], align: Align) => ls.map((l) => para(l, { align }));
  const block = (b: Block): (Paragraph | Table)[] => {
    switch (b.kind) {
      case "heading":
        return [para(b.content, { bold: true, align: b.align === "center" ? ALIGN.center : ALIGN.start })];
      case "paragraph": {
        const align = b.align === "center" ? ALIGN.center : b.align === "end" ? ALIGN.end : ALIGN.both;
        return [
          para(b.content, {
            align,
            ...(b.indent ? { indent: true } : {}),
            ...(b.label !== undefined ? { label: b.label } : {}),
            ...(b.italic ? { italic: true } : {}),
          }),
        ];
      }
      case "list":
        return b.items.map((i) => para(i, { bullet: true, ...(b.italic ? { italic: true } : {}) }));
      case "table": {
        const total = b.widths.reduce((s, x) => s + x, 0);
        const cell = (paragraphs: readonly Line[], i: number, header: boolean) =>
          new TableCell({
            width: { size: Math.round((100 * (b.widths[i] ?? 1)) / total), type: WidthType.PERCENTAGE },
            children: paragraphs.length ? paragraphs.map((p) => para(p, { align: ALIGN.start, bold: header })) : [new Paragraph({})],
          });
        const rows = [
          ...(b.header ? [new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell([h], i, true)) })] : []),
          ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
        ];
        return [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, visuallyRightToLeft: rtl }), new Paragraph({})];
      }
      case "rule":
        return [new Paragraph({ border: { bottom: { style: "single", size: 6, color: "333333", space: 1 } } })];
      case "chart":
        return [para(b.caption, { align: ALIGN.start, bold: true })];
    }
  };
  return { para, lines, block, rtl, language };
};

/** A document as a Word file: changed text as real tracked changes (w:ins / w:del with author and date), Arabic right to left. */
export const documentToDocx = async (model: DocumentModel): Promise<Buffer> => {
  const w = writer(model);
  const m = model.masthead;
  const children = [
    ...w.lines(m.organisation, ALIGN.start),
    ...w.lines(m.gathering, ALIGN.end),
    ...(m.organisation.length || m.gathering.length ? w.block({ kind: "rule" }) : []),
    ...w.lines(m.start, ALIGN.start),
    ...w.lines(m.end, ALIGN.end),
    ...model.title.map((t) => w.para(t, { align: ALIGN.center, bold: true })),
    ...model.blocks.flatMap(w.block),
  ];
  const small = (text: Line, align: Align) => w.para(text, { align });
  const doc = new Document({
    title: model.name,
    creator: "Rapporteur",
    styles: {
      default: {
        document: {
          run: { size: 22, sizeComplexScript: 26, font: { ascii: "Noto Serif", hAnsi: "Noto Serif", cs: "Amiri" }, language: w.language },
        },
      },
    },
    footnotes: Object.fromEntries(model.footnotes.map((f) => [f.number, { children: [small(f.content, ALIGN.start)] }])),
    sections: [
      {
        properties: { page: { margin: { top: 1474, bottom: 1361, left: 1304, right: 1304 } } },
        headers: { default: new Header({ children: [w.para([{ text: model.symbol, ltr: true }], { align: ALIGN.end })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: ALIGN.center,
                children: [new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], language: w.language })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
};
