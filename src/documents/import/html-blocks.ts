import type { SourceBlock } from "../../domain/text/structure.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

/** Decodes named entities HTML writers use, and numeric references. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff && code > 0 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });

const BLOCK = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "td",
  "th",
  "div",
  "header",
  "footer",
  "article",
  "section",
  "blockquote",
  "figcaption",
  "caption",
  "dt",
  "dd",
]);
/** Elements whose text is not part of the document's text: styles, scripts, the metadata title. */
const HIDDEN = new Set(["style", "script", "title", "head", "svg", "template", "noscript"]);
/** Inside these, a line break separates lines of their own (a masthead, a title over two lines). */
const LINES = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "div", "header", "td", "th"]);
const BOLD = new Set(["strong", "b"]);

/**
 * Reads the blocks of HTML (mammoth's rendering of a Word file, or an HTML document): headings, paragraphs,
 * (nested) list items, masthead lines; a block wholly in bold is marked so; styles and scripts are not text.
 */
export const htmlBlocks = (html: string): SourceBlock[] => {
  const blocks: SourceBlock[] = [];
  const lists: string[] = [];
  const open: string[] = [];
  let text = "";
  let boldChars = 0;
  let bold = 0;
  let hidden = 0;
  let n = 0;
  const tag = (): string | null => open[open.length - 1] ?? null;
  const flush = (): void => {
    const t = tag();
    const decoded = decodeEntities(text);
    if (decoded.trim()) {
      const ordered = lists[lists.length - 1] === "ol";
      blocks.push({
        text: decoded,
        where: `paragraph ${++n}`,
        heading: t !== null && /^h\d$/.test(t) ? true : undefined,
        bold: boldChars >= decoded.trim().length ? true : undefined,
        numbered: t === "li" && ordered && lists.length === 1 ? true : undefined,
        level: t === "li" ? lists.length - 1 : undefined,
      });
    }
    text = "";
    boldChars = 0;
  };
  for (const part of html.split(/(<[^>]*>)/)) {
    const m = /^<(\/?)([a-z0-9]+)[^>]*>$/i.exec(part);
    if (!m) {
      if (hidden > 0 || part.startsWith("<")) continue;
      text += part;
      if (bold > 0) boldChars += decodeEntities(part).trim().length;
      continue;
    }
    const [, closing, name = ""] = m;
    const lower = name.toLowerCase();
    if (HIDDEN.has(lower)) hidden = Math.max(0, hidden + (closing ? -1 : 1));
    else if (lower === "ol" || lower === "ul") {
      flush();
      if (closing) lists.pop();
      else lists.push(lower);
    } else if (BLOCK.has(lower)) {
      flush();
      if (closing) open.pop();
      else open.push(lower);
    } else if (BOLD.has(lower)) bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (lower === "br") {
      if (LINES.has(tag() ?? "")) flush();
      else text += " ";
    }
  }
  flush();
  return blocks;
};
