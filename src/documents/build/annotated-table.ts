import { formatDate } from "../../domain/dates.js";
import type { Language } from "../../domain/language.js";
import { consolidate } from "../../domain/text/consolidate.js";
import { placeOf } from "../../domain/text/sub-amendments.js";
import { textIn } from "../ml.js";
import { run, type Block, type DocumentModel, type Line } from "../model.js";
import type { DraftSource } from "../sources.js";
import { wordingFor } from "../wording/index.js";
import { amendmentEntries, type AmendmentEntry } from "./amendment-entries.js";
import { derivedSymbol, draftMasthead, draftTitle, latestDate } from "./draft-documents.js";
import { labelInWords } from "./revised-labels.js";

const DECIDED = new Set(["accepted", "rejected", "accepted_as_revised", "merged"]);

/**
 * The committee's annotated table: for each amendment, the paragraph's number in the revised draft, the
 * amendment as submitted (original numbering, wording, author), and the decision with the body that took it.
 */
export const buildAnnotatedTable = (source: DraftSource, language: Language): DocumentModel => {
  const w = wordingFor(language);
  const consolidation = consolidate(
    source.draft.text,
    source.amendments.map((a) => a.amendment),
  );
  const labels = new Map<string, string | null>();
  for (const p of consolidation.paragraphs) {
    labels.set(p.id, p.label);
    for (const s of p.subParagraphs) labels.set(s.id, s.label);
  }
  const numberOf = new Map(source.amendments.map((a) => [a.amendment.id as string, a.number]));
  const byId = new Map(source.amendments.map((a) => [a.amendment.id as string, a.amendment]));
  const committee = textIn(source.committee, language);
  const revisedCell = (e: AmendmentEntry): Line => {
    const a = e.stored.amendment;
    if (placeOf(a, byId) === "title") return [run(w.titleHeading)];
    const id = placeOf(a, byId) ?? "";
    if (!labels.has(id)) return [run(w.notInRevised)];
    const label = labels.get(id);
    return label ? labelInWords(label, language) : [run(w.deletedInRevised)];
  };
  const decisionCell = (e: AmendmentEntry): Line[] => {
    const a = e.stored.amendment;
    const into = a.mergedInto ? (numberOf.get(a.mergedInto) ?? null) : null;
    const lines: Line[] = [[run(w.status(a.status, into), { bold: true })]];
    if (a.status === "accepted_as_revised" && a.revisedText)
      lines.push([run(a.language === language ? a.revisedText : w.translationMissing, a.language === language ? {} : { missing: true })]);
    if (DECIDED.has(a.status)) {
      const when = source.decidedAt.get(a.id);
      lines.push([run(`${w.decidedBy(committee ?? w.translationMissing)}${when ? ` (${formatDate(when.slice(0, 10), language)})` : ""}`)]);
    }
    return lines;
  };
  const entries = amendmentEntries(source.draft.text, source.amendments, language);
  const table: Block = {
    kind: "table",
    widths: [1.2, 3.2, 1.6],
    header: w.annotatedColumns.map((c) => [run(c)]),
    rows: entries.map((e) => [
      [revisedCell(e)],
      [[run(`${w.amendmentNumber(e.stored.number)} — `, { bold: true }), ...e.heading], e.instruction, e.text, e.author],
      decisionCell(e),
    ]),
  };
  const symbol = derivedSymbol.annotatedTable(source.draft.symbol);
  return {
    language,
    symbol,
    name: `${symbol} — ${w.annotatedTitle}`,
    masthead: draftMasthead(source, symbol, latestDate([...source.decidedAt.values()], source.date), language),
    title: draftTitle(source, w.annotatedTitle, language),
    blocks: entries.length ? [table] : [{ kind: "paragraph", content: [run(w.noAmendments)] }],
    footnotes: [],
  };
};
