import type { Language } from "../domain/language.js";

/** Who made a tracked change and when (ISO date-time): Word shows it, the other formats keep it. */
export interface Revision {
  readonly author: string;
  readonly date: string;
}

/** A run of text with its look; text is always literal, never markup in any output format. */
export interface Inline {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A tracked change: inserted text is shown in bold and underlined, deleted text struck through. */
  readonly change?: "insert" | "delete";
  readonly revision?: Revision;
  /** A footnote call; the note is the document's footnote with this number. */
  readonly footnote?: number;
  readonly link?: string;
  /** A text the data has no version of in the document's language: the reader is told, never given another language. */
  readonly missing?: boolean;
  /** A symbol or address that reads left to right inside right-to-left text. */
  readonly ltr?: boolean;
}

export type Line = readonly Inline[];

/** The building blocks every document is made of; each writer (PDF, Word, HTML) knows each of them. */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly content: Line; readonly align?: "center" | "start" }
  | {
      readonly kind: "paragraph";
      readonly content: Line;
      readonly label?: string;
      readonly align?: "center" | "start" | "end";
      readonly indent?: boolean;
      readonly italic?: boolean;
      readonly small?: boolean;
    }
  | { readonly kind: "list"; readonly items: readonly Line[]; readonly italic?: boolean }
  | {
      readonly kind: "table";
      readonly widths: readonly number[];
      readonly header: readonly Line[] | null;
      readonly rows: readonly (readonly (readonly Line[])[])[];
    }
  | { readonly kind: "rule" }
  | Chart;

/**
 * Horizontal bars, one group of bars per category and one bar per series, each a share from 0 to 1:
 * PDF and HTML draw it, Word leaves it to the table of figures that follows it.
 */
export interface Chart {
  readonly kind: "chart";
  readonly caption: Line;
  readonly series: readonly Line[];
  readonly bars: readonly { readonly label: Line; readonly shares: readonly number[] }[];
}

export interface Footnote {
  readonly number: number;
  readonly content: Line;
}

/** The top of the first page: the organisation and gathering, then the body and item beside the symbol and date. */
export interface Masthead {
  /** The date the document is dated by (ISO, as the data records it): printed under the symbol, and the PDF's date. */
  readonly date: string;
  readonly organisation: readonly Line[];
  readonly gathering: readonly Line[];
  readonly start: readonly Line[];
  readonly end: readonly Line[];
}

/** A document laid out once and written to any format. */
export interface DocumentModel {
  readonly language: Language;
  readonly symbol: string;
  /** The metadata title of the file. */
  readonly name: string;
  readonly masthead: Masthead;
  readonly title: readonly Line[];
  readonly blocks: readonly Block[];
  readonly footnotes: readonly Footnote[];
}

/** A plain run. */
export const run = (text: string, look: Omit<Inline, "text"> = {}): Inline => ({ text, ...look });

/** Runs with the same look applied to each. */
export const styled = (line: Line, look: Omit<Inline, "text">): Line => line.map((i) => ({ ...i, ...look }));

/** Plain text of a line, for file names, metadata and tests. */
export const plain = (line: Line): string => line.map((i) => (i.footnote !== undefined ? String(i.footnote) : i.text)).join("");
