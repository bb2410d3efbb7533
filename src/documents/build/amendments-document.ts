import type { Language } from "../../domain/language.js";
import { run, type Block, type DocumentModel } from "../model.js";
import type { DraftSource } from "../sources.js";
import { wordingFor } from "../wording/index.js";
import { amendmentEntries, type AmendmentEntry } from "./amendment-entries.js";
import { derivedSymbol, draftMasthead, draftTitle, latestDate } from "./draft-documents.js";

/** The blocks of one amendment: heading, instruction, wording with tracked changes, author in brackets. */
export const amendmentBlocks = (e: AmendmentEntry): Block[] => [
  { kind: "heading", level: 3, content: [...e.heading, run(" — "), ...e.instruction] },
  { kind: "paragraph", content: e.text, indent: true },
  ...(e.author.length ? [{ kind: "paragraph", content: e.author, align: "end" } as const] : []),
];

/**
 * The amendments document as the IPU publishes it: "Amendments to the draft resolution submitted within
 * the statutory deadline by …", then TITLE, PREAMBLE and OPERATIVE PART, each amendment with its wording.
 */
export const buildAmendmentsDocument = (source: DraftSource, language: Language): DocumentModel => {
  const w = wordingFor(language);
  const submitted = source.amendments.filter((a) => a.amendment.status !== "withdrawn");
  const entries = amendmentEntries(source.draft.text, submitted, language);
  const authors = [...new Set(entries.map((e) => e.stored.amendment.author).filter((a): a is string => !!a))].sort();
  const blocks: Block[] = [
    { kind: "paragraph", align: "center", content: [run(w.submittedBy(authors.join(w.listSeparator)), { italic: true })] },
  ];
  if (entries.length === 0) blocks.push({ kind: "paragraph", content: [run(w.noAmendments)] });
  for (const [part, heading] of [
    ["title", null],
    ["preambular", w.preamble],
    ["operative", w.operativePart],
  ] as const) {
    const inPart = entries.filter((e) => e.part === part);
    if (inPart.length === 0) continue;
    if (heading) blocks.push({ kind: "heading", level: 2, align: "center", content: [run(heading)] });
    for (const e of inPart) blocks.push(...amendmentBlocks(e));
  }
  const symbol = derivedSymbol.amendments(source.draft.symbol);
  return {
    language,
    symbol,
    name: `${symbol} — ${w.amendmentsTitle}`,
    masthead: draftMasthead(
      source,
      symbol,
      latestDate(
        submitted.map((a) => a.createdAt),
        source.date,
      ),
      language,
    ),
    title: draftTitle(source, w.amendmentsTitle, language),
    blocks,
    footnotes: [],
  };
};
