import type { Change } from "./diff.js";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes a user text for HTML element content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);

/**
 * Tracked changes as HTML: insertions in `<ins class="tc-ins">` (bold and underlined by the stylesheet),
 * deletions in `<del class="tc-del">` (struck through); every text is escaped.
 */
export const renderTrackedChangesHtml = (changes: readonly Change[]): string =>
  changes
    .map((c) =>
      c.op === "insert"
        ? `<ins class="tc-ins">${escapeHtml(c.text)}</ins>`
        : c.op === "delete"
          ? `<del class="tc-del">${escapeHtml(c.text)}</del>`
          : escapeHtml(c.text),
    )
    .join("");

/** The CSS that gives tracked changes their conventional look; the web app and HTML exports include it. */
export const TRACKED_CHANGES_CSS = ".tc-ins{font-weight:bold;text-decoration:underline}.tc-del{text-decoration:line-through}";

/**
 * Tracked changes in Markdown: insertions `**__bold underlined__**`, deletions `~~struck~~`. Spaces at the edges of
 * a change stay outside its markers and a deleted space is not shown, so the text reads as the new wording
 * ("justice**__, equality__**", never "justice , equality"); where a marker cannot open or close between a word and
 * punctuation (CommonMark's flanking rule), that change is written `<ins>**…**</ins>` or `<del>…</del>` instead.
 */
export const renderTrackedChangesMarkdown = (changes: readonly Change[]): string => {
  let out = "";
  changes.forEach((c, i) => {
    const blank = c.text.trim() === "";
    if (c.op === "equal" || (c.op === "insert" && blank)) out += escapeMarkdown(c.text);
    else if (!blank) out = marked(out, c.op, c.text, charAfter(changes, i));
  });
  return out;
};

/**
 * A person's text made literal in Markdown: every character CommonMark could read as emphasis, code, a link,
 * an HTML tag, an entity or a heading is escaped with a backslash, so "*the* `rule`" stays those words.
 */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_~[\]<>&#]/g, (c) => `\\${c}`);

const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const isSpace = (ch: string): boolean => ch === "" || SPACE.test(ch);

/** The character the reader meets after change `i`: "*" when the next one starts with a marker. */
const charAfter = (changes: readonly Change[], i: number): string => {
  for (const c of changes.slice(i + 1)) {
    const blank = c.text.trim() === "";
    if (c.op === "delete" && blank) continue;
    return c.op === "equal" || blank || SPACE.test(c.text[0] ?? "") ? (c.text[0] ?? "") : "*";
  }
  return "";
};

/** Whether a delimiter run can open after `before` and close before `after` around `core` (CommonMark flanking). */
const flanks = (before: string, core: string, after: string): boolean => {
  const opens = !PUNCTUATION.test(core[0] ?? "") || isSpace(before) || PUNCTUATION.test(before);
  const closes = !PUNCTUATION.test(core.at(-1) ?? "") || isSpace(after) || PUNCTUATION.test(after);
  return opens && closes;
};

const marked = (out: string, op: "insert" | "delete", text: string, next: string): string => {
  const core = text.trim();
  const lead = text.slice(0, text.indexOf(core));
  const trail = text.slice(lead.length + core.length);
  // A deleted text's own spaces are kept once, so that struck words do not run into their neighbours.
  const head = out + (op === "insert" || !isSpace(out.at(-1) ?? "") ? lead : "");
  const tail = op === "insert" || !isSpace(next) ? trail : "";
  const after = tail[0] ?? next;
  const plain = flanks(head.at(-1) ?? "", core, after);
  const literal = escapeMarkdown(core);
  if (op === "insert") return head + (plain ? `**__${literal}__**` : `<ins>**${literal}**</ins>`) + tail;
  return head + (plain ? `~~${literal}~~` : `<del>${literal}</del>`) + tail;
};
