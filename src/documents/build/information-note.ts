import { formatDate, formatTimeRange } from "../../domain/dates.js";
import { notFound } from "../../domain/errors.js";
import type { Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import type { SittingDetail } from "../../store/sittings.js";
import { missingRun, pick, textIn } from "../ml.js";
import { run, styled, type Block, type DocumentModel, type Line } from "../model.js";
import { wordingFor } from "../wording/index.js";
import { masthead } from "./masthead.js";

type Group = SittingDetail["groups"][number];

/** "Group 1 – title" in a language; the marker when the title has no version in it. */
const groupName = (g: Group, language: Language): Line => {
  const title = textIn(g.title, language);
  return title === null
    ? [run(wordingFor(language).group(g.number, "")), missingRun(language)]
    : [run(wordingFor(language).group(g.number, title))];
};

/** "Hall Madrid, 1st floor, Palacio Municipal (IFEMA)". */
const roomLine = (g: Group, language: Language): Line => {
  const parts = [g.room.hall, g.room.floor, g.room.building].map((t) => textIn(t, language));
  if (parts.some((p) => p === null)) return [missingRun(language)];
  return [run(parts.join(wordingFor(language).listSeparator), { italic: true })];
};

/** Index of the paragraph that introduces the list of groups (it ends with a colon), else the last one. */
const tableAfter = (paragraphs: readonly MultilingualText[]): number => {
  const index = paragraphs.findIndex((p) => Object.values(p.versions).some((v) => /[:：]\s*$/.test(v?.text ?? "")));
  return index === -1 ? paragraphs.length - 1 : index;
};

const groupsTable = (groups: readonly Group[], language: Language): Block => ({
  kind: "table",
  widths: [3, 2],
  header: null,
  rows: groups.map((g) => [[styled(groupName(g, language), { bold: true })], [roomLine(g, language)]]),
});

const groupSection = (g: Group, language: Language): Block[] => [
  { kind: "heading", level: 2, content: groupName(g, language) },
  ...g.description.map((d): Block => ({ kind: "paragraph", content: pick(d, language) })),
  { kind: "list", italic: true, items: g.guidingQuestions.map((q) => pick(q.text, language)) },
];

/**
 * The information note of a sitting, as the secretariat issues it: masthead, title, date and time,
 * the sections with the groups and their halls, a section per group with its guiding questions, notes.
 */
export const buildInformationNote = (detail: SittingDetail, symbol: string, language: Language): DocumentModel => {
  const item = detail.agenda.find((i) => i.documents.some((d) => d.symbol === symbol));
  const doc = item?.documents.find((d) => d.symbol === symbol);
  if (!item || !doc) throw notFound("Document", symbol);
  const { sitting } = detail;
  const blocks: Block[] = [
    { kind: "paragraph", align: "center", content: [run(formatDate(sitting.date, language, { weekday: true }))] },
    { kind: "paragraph", align: "center", content: [run(formatTimeRange(sitting.startTime, sitting.endTime, language))] },
  ];
  for (const section of doc.sections) {
    blocks.push({ kind: "heading", level: 2, content: pick(section.heading, language) });
    const after = section.key === "arrangements" && detail.groups.length ? tableAfter(section.paragraphs) : -1;
    section.paragraphs.forEach((p, i) => {
      blocks.push({ kind: "paragraph", content: pick(p, language) });
      if (i === after) blocks.push(groupsTable(detail.groups, language));
    });
  }
  for (const g of detail.groups) blocks.push(...groupSection(g, language));
  return {
    language,
    symbol,
    name: `${symbol} — ${textIn(doc.title, language) ?? wordingFor(language).translationMissing}`,
    masthead: masthead(
      { event: detail.event, body: sitting.body.name, item: [run(wordingFor(language).item(item.number))], symbol, date: doc.date },
      language,
    ),
    title: [styled(pick(doc.title, language), { bold: true, italic: true })],
    blocks,
    footnotes: doc.footnotes.map((f) => {
      const text = textIn(f.text, language);
      const source = f.url ? [run(" "), run(f.url, { link: f.url, ltr: true })] : [];
      return { number: f.number, content: [text === null ? missingRun(language) : run(text), ...source] };
    }),
  };
};
