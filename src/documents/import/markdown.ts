import type { SourceBlock } from "../../domain/text/structure.js";
import { plainTextBlocks } from "./plain-text.js";

/**
 * A line's inline Markdown read as plain text: images dropped, links, emphasis and code reduced to their words; a
 * marker escaped with a backslash is a literal character (CommonMark: any ASCII punctuation may be escaped).
 */
const stripInline = (text: string): string =>
  text
    .replace(/(?<!\\)!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/(?<!\\)\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(?<!\\)(\*\*|__)(.+?)(?<!\\)\1/g, "$2")
    .replace(/(?<!\\)(\*|_)(\S(?:.*?\S)?)(?<!\\)\1/g, "$2")
    .replace(/(?<!\\)`([^`]*)`/g, "$1")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1");

/** How deep a list item sits, from its indentation: under a top-level item (1), or one more level down (2). */
const depth = (indent: number): number => (indent < 5 ? 1 : 2);

/**
 * Reads Markdown: "#" headings, numbered and nested lists (their depth from the indentation), emphasis removed,
 * a line wholly in bold marked so; the rest as plain text.
 */
export const markdownBlocks = (text: string): SourceBlock[] => {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const indentOf = (where: string): number =>
    /^\s*/.exec(lines[Number(/\d+/.exec(where)?.[0] ?? 1) - 1] ?? "")?.[0].replace(/\t/g, "    ").length ?? 0;
  return plainTextBlocks(text.replace(/^\s*(?:[-*_]\s*){3,}$/gm, "")).map((b) => {
    const heading = /^#{1,6}\s+/.exec(b.text);
    const list = /^(\s*)(?:([-*+])|(\d+)[.)])\s+/.exec(b.text);
    const quote = b.text.replace(/^>\s?/, "");
    if (heading) return { ...b, text: stripInline(b.text.slice(heading[0].length)), heading: true };
    const indent = list ? indentOf(b.where) : 0;
    if (list?.[2]) return { ...b, text: stripInline(b.text.slice(list[0].length)), level: depth(indent) };
    if (list?.[3] && indent >= 2) return { ...b, text: stripInline(b.text.slice(list[0].length)), level: depth(indent) };
    if (list?.[3]) return { ...b, text: stripInline(b.text.slice(list[0].length)), numbered: true };
    const bold = /^(\*\*|__)[^*_].*\1$/.test(quote) ? true : undefined;
    return { ...b, text: stripInline(quote), bold };
  });
};
