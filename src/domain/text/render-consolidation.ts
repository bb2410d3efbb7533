import { directionOf } from "../language.js";
import type { ConflictDispute, Consolidation } from "./consolidation.js";
import {
  escapeHtml,
  escapeMarkdown,
  renderTrackedChangesHtml,
  renderTrackedChangesMarkdown,
  TRACKED_CHANGES_CSS,
} from "./tracked-changes.js";

const labelLine = (label: string | null, previous: string): string =>
  label === null ? `${previous} (deleted)` : label === previous ? label : `${label} (was ${previous})`;

/** One disputed stretch: the words of the text, then each amendment's wording for them ("" when it removes them). */
const disputeLine = (d: ConflictDispute, quote: (text: string) => string, escape: (text: string) => string = (t) => t): string => {
  const where = d.within ? ` in the wording of ${escape(d.within)}` : "";
  return `${quote(d.original)}${where}: ${d.wordings.map((w) => `${escape(w.amendment)} ${quote(w.text)}`).join(" / ")}`;
};

/** What the text is printed with besides its paragraphs: the enacting formula before the preamble ("The General Assembly,"). */
export interface PrintOptions {
  readonly preface?: string | null;
}

/** The consolidated text as Markdown with tracked changes, conflicts listed first, the enacting formula before the paragraphs. */
export const consolidationToMarkdown = (c: Consolidation, options: PrintOptions = {}): string => {
  const lines: string[] = [];
  if (c.title) lines.push(`# ${renderTrackedChangesMarkdown(c.title.changes)}`, "");
  for (const conflict of c.conflicts) {
    lines.push(
      `> **Conflict** on ${escapeMarkdown(conflict.label)}: ${conflict.amendments.map(escapeMarkdown).join(", ")} — a compromise text is needed.`,
    );
    for (const d of conflict.disputes) lines.push(`> - ${disputeLine(d, (t) => `“${escapeMarkdown(t)}”`, escapeMarkdown)}`);
    lines.push("");
  }
  for (const merge of c.merges) lines.push(`> Merged on ${merge.label}: ${merge.amendments.join(", ")} change different words.`, "");
  if (options.preface) lines.push(escapeMarkdown(options.preface), "");
  for (const p of c.paragraphs) {
    lines.push(`**${labelLine(p.label, p.previousLabel)}** ${renderTrackedChangesMarkdown(p.changes)}`, "");
    for (const s of p.subParagraphs) lines.push(`- *${labelLine(s.label, s.previousLabel)}* ${renderTrackedChangesMarkdown(s.changes)}`);
    if (p.subParagraphs.length) lines.push("");
  }
  return lines.join("\n");
};

/** The consolidated text as a standalone HTML page with tracked changes, right to left for Arabic. */
export const consolidationToHtml = (c: Consolidation, options: PrintOptions = {}): string => {
  const row = (label: string | null, previous: string, outcome: string, html: string, tag: string): string =>
    `<${tag} class="paragraph ${outcome}"><span class="label">${escapeHtml(labelLine(label, previous))}</span> ${html}</${tag}>`;
  const body = c.paragraphs.map((p) => {
    const subs = p.subParagraphs.map((s) => row(s.label, s.previousLabel, s.outcome, renderTrackedChangesHtml(s.changes), "li"));
    return (
      row(p.label, p.previousLabel, p.outcome, renderTrackedChangesHtml(p.changes), "p") +
      (subs.length ? `<ol class="sub">${subs.join("")}</ol>` : "")
    );
  });
  const conflicts = c.conflicts.map((x) => {
    const disputes = x.disputes.map((d) => `<li>${disputeLine(d, (t) => `<q>${escapeHtml(t)}</q>`, escapeHtml)}</li>`).join("");
    return `<div class="conflict"><p>Conflict on ${escapeHtml(x.label)}: ${x.amendments.map(escapeHtml).join(", ")}</p>${disputes ? `<ul>${disputes}</ul>` : ""}</div>`;
  });
  const title = c.title ? `<h1>${renderTrackedChangesHtml(c.title.changes)}</h1>` : "";
  const preface = options.preface ? `<p class="preface">${escapeHtml(options.preface)}</p>` : "";
  return `<!doctype html><html lang="${c.language}" dir="${directionOf(c.language)}"><head><meta charset="utf-8"><style>${TRACKED_CHANGES_CSS}.conflict{background:#fee}.label{font-weight:bold}</style></head><body>${title}${conflicts.join("")}${preface}${body.join("")}</body></html>\n`;
};
