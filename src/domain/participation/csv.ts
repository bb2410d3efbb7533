import type { ParticipationFigures } from "./figures.js";

export const PARTICIPATION_CSV_HEADER = [
  "scope",
  "dimension",
  "category",
  "members",
  "member_share",
  "speakers",
  "turns",
  "speaking_seconds",
  "speaking_share",
];

/** One CSV field, quoted when it holds a comma, quote or line break; a leading formula sign is neutralised. */
export const csvField = (value: string | number): string => {
  const s = typeof value === "number" ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const ratio = (x: number) => x.toFixed(4);

/** Participation figures as CSV rows (header first, CRLF line ends): one row per category and a total per dimension. */
export const participationCsv = (sections: readonly { scope: string; figures: ParticipationFigures }[]): string => {
  const lines = [PARTICIPATION_CSV_HEADER.join(",")];
  for (const { scope, figures: f } of sections) {
    for (const [dimension, rows] of [
      ["gender", f.byGender],
      ["age", f.byAge],
    ] as const) {
      for (const r of rows)
        lines.push(
          [scope, dimension, r.category, r.members, ratio(r.memberShare), r.speakers, r.turns, r.speakingSeconds, ratio(r.speakingShare)]
            .map(csvField)
            .join(","),
        );
      lines.push(
        [
          scope,
          dimension,
          "total",
          f.members,
          ratio(f.members ? 1 : 0),
          f.speakers,
          f.turns,
          f.speakingSeconds,
          ratio(f.speakingSeconds ? 1 : 0),
        ]
          .map(csvField)
          .join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
};
