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
export const TRACKED_CHANGES_CSS =
  ".tc-ins{font-weight:bold;text-decoration:underline}.tc-del{text-decoration:line-through}";

/** Tracked changes in Markdown: insertions `**__bold underlined__**`, deletions `~~struck~~`. */
export const renderTrackedChangesMarkdown = (changes: readonly Change[]): string =>
  changes.map((c) => (c.op === "insert" ? mark("**__", "__**", c.text) : c.op === "delete" ? mark("~~", "~~", c.text) : c.text)).join("");

const mark = (open: string, close: string, text: string): string => {
  const core = text.trim();
  if (core === "") return text;
  const lead = text.slice(0, text.indexOf(core));
  return `${lead}${open}${core}${close}${text.slice(lead.length + core.length)}`;
};
