import { directionOf } from "../../domain/language.js";
import { escapeHtml, TRACKED_CHANGES_CSS } from "../../domain/text/tracked-changes.js";
import type { Block, DocumentModel, Inline, Line } from "../model.js";
import { chartSvg } from "./chart-svg.js";

const CSS = `${TRACKED_CHANGES_CSS}
body{font-family:"Noto Serif","Amiri",serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
[dir=rtl] body,body[dir=rtl]{font-family:"Amiri","Noto Naskh Arabic",serif;font-size:1.15em}
.masthead{display:flex;justify-content:space-between;gap:1rem;font-size:.9em}
.masthead .end{text-align:end}.masthead+.masthead{border-block-start:1px solid #333;padding-block-start:.5rem;margin-block-start:.5rem}
h1{text-align:center;font-size:1.3em}h2{font-size:1.1em;margin-block-start:1.5em}h3{font-size:1em}
.center{text-align:center}.end{text-align:end}.indent{padding-inline-start:2.2em}.small{font-size:.9em}
.numbered{display:grid;grid-template-columns:2.2em 1fr}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4em;vertical-align:top;text-align:start}
.missing{color:#8a1c1c}.footnotes{font-size:.85em;border-block-start:1px solid #999;margin-block-start:2rem}
ul.italic{font-style:italic}[dir=rtl] ul.italic{font-style:normal}
td p,th p{margin:.15em 0}.chart{margin:1em 0 .5em}.chart figcaption{font-weight:bold}
@media print{body{max-width:none;margin:0}}`;

const inline = (x: Inline): string => {
  if (x.footnote !== undefined)
    return `<sup class="footnote-call"><a href="#fn-${x.footnote}" id="fnref-${x.footnote}">${x.footnote}</a></sup>`;
  let html = escapeHtml(x.text);
  if (x.link) html = `<a href="${escapeHtml(x.link)}" rel="noreferrer">${html}</a>`;
  if (x.ltr) html = `<bdi dir="ltr">${html}</bdi>`;
  if (x.bold) html = `<strong>${html}</strong>`;
  if (x.italic) html = `<em>${html}</em>`;
  if (x.missing) html = `<span class="missing">${html}</span>`;
  if (x.change) {
    const tag = x.change === "insert" ? "ins" : "del";
    const by = x.revision ? ` title="${escapeHtml(x.revision.author)}" datetime="${escapeHtml(x.revision.date)}"` : "";
    html = `<${tag} class="tc-${x.change === "insert" ? "ins" : "del"}"${by}>${html}</${tag}>`;
  }
  return html;
};

const line = (l: Line): string => l.map(inline).join("");
const lines = (ls: readonly Line[]): string => ls.map(line).join("<br>");

const block = (b: Block, rtl: boolean): string => {
  switch (b.kind) {
    case "heading":
      return `<h${b.level + 1}${b.align === "center" ? ' class="center"' : ""}>${line(b.content)}</h${b.level + 1}>`;
    case "paragraph": {
      const classes = [
        b.align === "center" ? "center" : b.align === "end" ? "end" : "",
        b.indent ? "indent" : "",
        b.small ? "small" : "",
        b.label !== undefined ? "numbered" : "",
      ].filter(Boolean);
      const body =
        b.label !== undefined ? `<span class="label">${escapeHtml(b.label)}</span><span>${line(b.content)}</span>` : line(b.content);
      return `<p${classes.length ? ` class="${classes.join(" ")}"` : ""}>${body}</p>`;
    }
    case "list":
      return `<ul${b.italic ? ' class="italic"' : ""}>${b.items.map((i) => `<li>${line(i)}</li>`).join("")}</ul>`;
    case "table": {
      const head = b.header ? `<thead><tr>${b.header.map((h) => `<th scope="col">${line(h)}</th>`).join("")}</tr></thead>` : "";
      const rows = b.rows
        .map((r) => `<tr>${r.map((cell) => `<td>${cell.map((p) => `<p>${line(p)}</p>`).join("")}</td>`).join("")}</tr>`)
        .join("");
      return `<table>${head}<tbody>${rows}</tbody></table>`;
    }
    case "rule":
      return "<hr>";
    case "chart":
      return chartSvg(b, rtl);
  }
};

/** A document as one self-contained HTML page (inline style, no script), right to left for Arabic; every text is escaped. */
export const documentToHtml = (model: DocumentModel): string => {
  const m = model.masthead;
  const top =
    m.organisation.length || m.gathering.length
      ? `<header class="masthead"><div>${lines(m.organisation)}</div><div class="end">${lines(m.gathering)}</div></header>`
      : "";
  const notes = model.footnotes.length
    ? `<footer class="footnotes"><ol>${model.footnotes.map((f) => `<li id="fn-${f.number}" value="${f.number}">${line(f.content)} <a href="#fnref-${f.number}" aria-label="↩">↩</a></li>`).join("")}</ol></footer>`
    : "";
  return `<!doctype html>
<html lang="${model.language}" dir="${directionOf(model.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(model.name)}</title><style>${CSS}</style></head>
<body><article>${top}<header class="masthead"><div>${lines(m.start)}</div><div class="end">${lines(m.end)}</div></header>
<h1>${lines(model.title)}</h1>
${model.blocks.map((b) => block(b, model.language === "ar")).join("\n")}
${notes}</article></body>
</html>
`;
};
