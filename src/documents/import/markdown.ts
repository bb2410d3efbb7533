import type { SourceBlock } from "../../domain/text/structure.js";
import { plainTextBlocks } from "./plain-text.js";

const stripInline = (text: string): string =>
  text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");

/** Reads Markdown: "#" headings, numbered and nested lists, emphasis removed; the rest as plain text. */
export const markdownBlocks = (text: string): SourceBlock[] =>
  plainTextBlocks(text.replace(/^\s*(?:[-*_]\s*){3,}$/gm, "")).map((b) => {
    const heading = /^#{1,6}\s+/.exec(b.text);
    const list = /^(\s*)(?:([-*+])|(\d+)[.)])\s+/.exec(b.text);
    const quote = b.text.replace(/^>\s?/, "");
    if (heading) return { ...b, text: stripInline(b.text.slice(heading[0].length)), heading: true };
    if (list?.[2]) return { ...b, text: stripInline(b.text.slice(list[0].length)), level: 1 };
    if (list?.[3]) return { ...b, text: stripInline(b.text.slice(list[0].length)), numbered: true };
    const bold = /^(\*\*|__)[^*_].*\1$/.test(quote) ? true : undefined;
    return { ...b, text: stripInline(quote), bold };
  });
