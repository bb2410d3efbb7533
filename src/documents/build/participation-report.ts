import type { Language } from "../../domain/language.js";
import { pick } from "../ml.js";
import { run, styled, type Block, type DocumentModel } from "../model.js";
import type { ParticipationSource } from "../sources-groups.js";
import { wordingFor } from "../wording/index.js";
import { reportWordingFor } from "../wording/reports-index.js";
import { groupName } from "./group-report.js";
import { masthead } from "./masthead.js";
import { participationBlocks } from "./participation-blocks.js";

/** The participation report's symbol: the information note's (or the sitting's) with "/Participation". */
export const participationSymbol = (symbol: string): string => `${symbol}/Participation`;

/**
 * The participation report of a sitting: speakers and speaking time by gender and by age band against the
 * membership, for the whole sitting, each group and the plenary, each as a chart and a table.
 */
export const buildParticipationReport = (source: ParticipationSource, language: Language): DocumentModel => {
  const w = reportWordingFor(language);
  const { detail, noteSymbol } = source.sitting;
  const f = source.figures;
  const symbol = participationSymbol(source.symbol);
  const item = noteSymbol ? detail.agenda.find((i) => i.documents.some((d) => d.symbol === noteSymbol)) : undefined;
  const blocks: Block[] = [
    { kind: "paragraph", content: [run(w.participationIntro)] },
    { kind: "heading", level: 2, content: [run(w.wholeSitting)] },
    ...participationBlocks(f.sitting, language, true),
  ];
  for (const g of f.groups) {
    const group = detail.groups.find((x) => x.id === g.groupId);
    blocks.push(
      { kind: "heading", level: 2, content: group ? groupName(group, language) : [run(wordingFor(language).group(g.number, ""))] },
      ...participationBlocks(g.figures, language, true),
    );
  }
  if (f.plenary.turns > 0)
    blocks.push({ kind: "heading", level: 2, content: [run(w.plenary)] }, ...participationBlocks(f.plenary, language, true));
  return {
    language,
    symbol,
    name: `${symbol} — ${w.participationReport}`,
    masthead: masthead(
      {
        event: detail.event,
        body: detail.sitting.body.name,
        item: item ? [run(wordingFor(language).item(item.number))] : null,
        symbol,
        date: detail.sitting.date,
      },
      language,
    ),
    title: [[run(w.participationReport, { bold: true })], styled(pick(detail.sitting.title, language), { bold: true, italic: true })],
    blocks,
    footnotes: [],
  };
};
