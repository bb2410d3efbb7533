import type { Language } from "../../domain/language.js";
import type { RecommendationText } from "../../domain/recommendations/recommendation.js";
import { missingRun, pick, textIn } from "../ml.js";
import { run, styled, type Block, type DocumentModel, type Line } from "../model.js";
import type { GroupReportSource, OfficeHolder } from "../sources-groups.js";
import { wordingFor } from "../wording/index.js";
import { reportWordingFor } from "../wording/reports-index.js";
import { amendmentEntries } from "./amendment-entries.js";
import { masthead } from "./masthead.js";
import { participationBlocks } from "./participation-blocks.js";

type Group = GroupReportSource["group"];

/** "Group 1 – title"; the marker when the title has no version in the language. */
export const groupName = (g: Group, language: Language): Line => {
  const title = textIn(g.title, language);
  return title === null
    ? [run(wordingFor(language).group(g.number, "")), missingRun(language)]
    : [run(wordingFor(language).group(g.number, title))];
};

const roomLine = (g: Group, language: Language): Line => {
  const parts = [g.room.hall, g.room.floor, g.room.building].map((t) => textIn(t, language));
  return parts.some((p) => p === null) ? [missingRun(language)] : [run(parts.join(wordingFor(language).listSeparator))];
};

/** User text of unknown direction, laid out in its own direction (a first-strong isolate) inside either script. */
const own = (text: string): string => `\u2068${text}\u2069`;

const labelled = (label: string, value: Line): Block => ({ kind: "paragraph", content: [run(`${label}: `, { bold: true }), ...value] });

const office = (h: OfficeHolder | null, language: Language): Line =>
  h ? [run(own(h.name)), run(` (${own(h.parliament)})`)] : [run(reportWordingFor(language).notDesignated, { italic: true })];

/** The texts on one question in the document's language; texts only in other languages are shown as missing. */
const textsIn = (texts: readonly RecommendationText[], language: Language): Block[] => {
  if (texts.length === 0) return [];
  const mine = texts.filter((t) => t.language === language);
  return mine.length
    ? mine.map((t): Block => ({ kind: "paragraph", content: [run(t.text)] }))
    : [{ kind: "paragraph", content: [missingRun(language)] }];
};

const recommendationBlocks = (source: GroupReportSource, language: Language): Block[] => {
  const w = reportWordingFor(language);
  const out: Block[] = [{ kind: "heading", level: 2, content: [run(w.recommendations)] }];
  const withTexts = source.recommendations.filter((r) => r.stored.recommendation.texts.length > 0);
  if (withTexts.length === 0) return [...out, { kind: "paragraph", content: [run(w.noRecommendations)] }];
  for (const r of withTexts) {
    const texts = r.stored.recommendation.texts;
    out.push({ kind: "paragraph", italic: true, content: [run(w.recommendationOn(r.draft.symbol, r.stored.recommendation.status))] });
    const general = textsIn(
      texts.filter((t) => t.questionId === null),
      language,
    );
    if (general.length) out.push({ kind: "heading", level: 3, content: [run(w.general)] }, ...general);
    for (const q of source.group.guidingQuestions) {
      const blocks = textsIn(
        texts.filter((t) => t.questionId === q.id),
        language,
      );
      if (blocks.length) out.push({ kind: "heading", level: 3, content: pick(q.text, language, { italic: true }) }, ...blocks);
    }
  }
  return out;
};

const amendmentSection = (source: GroupReportSource, language: Language): Block[] => {
  const w = reportWordingFor(language);
  const out: Block[] = [{ kind: "heading", level: 2, content: [run(w.proposedAmendments)] }];
  const withAmendments = source.recommendations.filter((r) => r.amendments.length > 0);
  if (withAmendments.length === 0) return [...out, { kind: "paragraph", content: [run(w.noProposedAmendments)] }];
  for (const r of withAmendments) {
    out.push({ kind: "paragraph", italic: true, content: [run(w.recommendationOn(r.draft.symbol, r.stored.recommendation.status))] });
    for (const e of amendmentEntries(r.draft.text, r.amendments, language)) {
      out.push(
        { kind: "heading", level: 3, content: [...e.heading, run(" — "), ...e.instruction] },
        { kind: "paragraph", content: e.text, indent: true },
      );
    }
  }
  return out;
};

const contributionSection = (source: GroupReportSource, language: Language): Block[] => {
  const w = reportWordingFor(language);
  const out: Block[] = [{ kind: "heading", level: 2, content: [run(w.contributions)] }];
  if (source.contributions.length === 0) return [...out, { kind: "paragraph", content: [run(w.noContributions)] }];
  out.push({ kind: "paragraph", small: true, italic: true, content: [run(w.contributionsAsMade)] });
  for (const q of source.group.guidingQuestions) {
    const said = source.contributions.filter((c) => c.questionId === q.id);
    out.push(
      { kind: "heading", level: 3, content: pick(q.text, language, { italic: true }) },
      said.length
        ? { kind: "list", items: said.map((c): Line => [run(`${own(c.author)}: `, { bold: true }), run(own(c.text))]) }
        : { kind: "paragraph", content: [run(w.noContributions)] },
    );
  }
  return out;
};

/**
 * A discussion group's report: its title, room, chair and rapporteur, its recommendations per guiding question,
 * the amendments it proposes with tracked changes, what was said on each question, and who spoke, by gender and age.
 */
export const buildGroupReport = (source: GroupReportSource, language: Language): DocumentModel => {
  const w = reportWordingFor(language);
  const { detail, noteSymbol } = source.sitting;
  const g = source.group;
  const item = noteSymbol ? detail.agenda.find((i) => i.documents.some((d) => d.symbol === noteSymbol)) : undefined;
  const blocks: Block[] = [
    labelled(w.room, roomLine(g, language)),
    labelled(w.chair, office(source.chair, language)),
    labelled(w.rapporteur, office(source.rapporteur, language)),
    ...recommendationBlocks(source, language),
    ...amendmentSection(source, language),
    ...contributionSection(source, language),
    { kind: "heading", level: 2, content: [run(w.participation)] },
    ...(source.figures
      ? participationBlocks(source.figures, language, false)
      : [{ kind: "paragraph", content: [run(w.participationHidden)] } as const]),
  ];
  const name = groupName(g, language);
  return {
    language,
    symbol: source.symbol,
    name: `${source.symbol} — ${w.groupReport}`,
    masthead: masthead(
      {
        event: detail.event,
        body: detail.sitting.body.name,
        item: item ? [run(wordingFor(language).item(item.number))] : null,
        symbol: source.symbol,
        date: detail.sitting.date,
      },
      language,
    ),
    title: [[run(w.groupReport, { bold: true })], styled(name, { bold: true, italic: true })],
    blocks,
    footnotes: [],
  };
};
