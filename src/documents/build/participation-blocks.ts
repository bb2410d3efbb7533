import type { Language } from "../../domain/language.js";
import type { ParticipationFigures, ParticipationRow } from "../../domain/participation/figures.js";
import { run, type Block, type Line } from "../model.js";
import { reportWordingFor } from "../wording/reports-index.js";

/** A share as a whole percentage, "43%", kept left to right in Arabic so every cell reads alike. */
export const percent = (share: number, language: Language): string => {
  const p = `${Math.round(share * 100)}%`;
  return language === "ar" ? `\u2066${p}\u2069` : p;
};

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

type Dimension = "gender" | "age";

const rowsOf = (f: ParticipationFigures, d: Dimension): readonly ParticipationRow[] => (d === "gender" ? f.byGender : f.byAge);

const labelOf = (r: ParticipationRow, d: Dimension, language: Language): string => {
  const w = reportWordingFor(language);
  return d === "gender" ? w.gender(r.category as Parameters<typeof w.gender>[0]) : w.age(r.category as Parameters<typeof w.age>[0]);
};

/** The totals of a set of figures in a sentence. */
export const totalsLine = (f: ParticipationFigures, language: Language): Line => {
  const w = reportWordingFor(language);
  return [run(w.totals(f.members, f.speakers, f.turns, w.duration(f.speakingSeconds)))];
};

/** Members, speakers, turns and speaking time per category, each count with its share. */
export const figuresTable = (f: ParticipationFigures, d: Dimension, language: Language): Block => {
  const w = reportWordingFor(language);
  return {
    kind: "table",
    widths: [2, 1.3, 1.3, 1, 1.8],
    header: w.columns.map((c) => [run(c)]),
    rows: rowsOf(f, d).map((r) => [
      [[run(labelOf(r, d, language))]],
      [[run(`${r.members} (${percent(r.memberShare, language)})`)]],
      [[run(`${r.speakers} (${percent(share(r.speakers, f.speakers), language)})`)]],
      [[run(String(r.turns))]],
      [[run(`${w.duration(r.speakingSeconds)} (${percent(r.speakingShare, language)})`)]],
    ]),
  };
};

/** Bars per category: share of the members, of the speakers and of the speaking time. */
export const figuresChart = (f: ParticipationFigures, d: Dimension, language: Language): Block => {
  const w = reportWordingFor(language);
  return {
    kind: "chart",
    caption: [run(d === "gender" ? w.byGender : w.byAge, { bold: true })],
    series: w.series.map((s) => [run(s)]),
    bars: rowsOf(f, d).map((r) => ({
      label: [run(labelOf(r, d, language))],
      shares: [r.memberShare, share(r.speakers, f.speakers), r.speakingShare],
    })),
  };
};

/** The figures as a sentence of totals, then by gender and by age band, each as a table and, when asked, a chart above it. */
export const participationBlocks = (f: ParticipationFigures, language: Language, charts: boolean): Block[] => {
  const w = reportWordingFor(language);
  const part = (d: Dimension): Block[] =>
    charts
      ? [figuresChart(f, d, language), figuresTable(f, d, language)]
      : [{ kind: "heading", level: 3, content: [run(d === "gender" ? w.byGender : w.byAge)] }, figuresTable(f, d, language)];
  return [{ kind: "paragraph", content: totalsLine(f, language) }, ...part("gender"), ...part("age")];
};
