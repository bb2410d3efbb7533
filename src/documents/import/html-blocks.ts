import type { SourceBlock } from "../../domain/text/structure.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

/** Decodes the few entities mammoth writes, and numeric references. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th"]);

/** Reads the blocks of the simple, well-formed HTML mammoth writes: headings, paragraphs, (nested) list items. */
export const htmlBlocks = (html: string): SourceBlock[] => {
  const blocks: SourceBlock[] = [];
  const lists: string[] = [];
  let text = "";
  let tag: string | null = null;
  let n = 0;
  const flush = (): void => {
    if (tag && text.trim()) {
      const ordered = lists[lists.length - 1] === "ol";
      blocks.push({
        text: decodeEntities(text),
        where: `paragraph ${++n}`,
        heading: tag.startsWith("h") && tag !== "li" ? true : undefined,
        numbered: tag === "li" && ordered && lists.length === 1 ? true : undefined,
        level: tag === "li" ? lists.length - 1 : undefined,
      });
    }
    text = "";
  };
  for (const part of html.split(/(<[^>]*>)/)) {
    const m = /^<(\/?)([a-z0-9]+)[^>]*>$/i.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    const [, closing, name = ""] = m;
    const lower = name.toLowerCase();
    if (lower === "ol" || lower === "ul") {
      flush();
      if (closing) lists.pop();
      else lists.push(lower);
    } else if (BLOCK.has(lower)) {
      flush();
      tag = closing ? null : lower;
    } else if (lower === "br") text += " ";
  }
  flush();
  return blocks;
};
