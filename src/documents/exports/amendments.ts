import { countsOf, type Decision } from "../../domain/decisions/decision.js";
import { directionOf, type Language } from "../../domain/language.js";
import type { Amendment } from "../../domain/text/amendment.js";
import type { ExportSheet } from "./table.js";
import { TABLE_WORDING, type TableWording } from "./wording.js";

/** An amendment as the table lists it: its number, its place's label and the committee's decision on it, if any. */
export interface AmendmentRow {
  readonly amendment: Amendment;
  readonly number: number;
  /** The label of the paragraph it amends or deletes (of the one a new paragraph follows, for an insertion). */
  readonly label: string | null;
  /** For a sub-amendment, the number of the amendment it amends. */
  readonly amends: number | null;
  readonly decision: Decision | null;
}

/** A decision in words: its method and, for a vote, its counts or its roll call. */
export const decisionText = (w: TableWording, d: Decision | null): string => {
  if (d === null) return "";
  const counts = countsOf(d);
  const tally = counts
    ? ` (${w.position.for} ${counts.for}, ${w.position.against} ${counts.against}, ${w.position.abstain} ${counts.abstain})`
    : "";
  const names = d.method === "roll_call" ? `: ${d.votes.map((v) => `${v.voter} — ${w.position[v.vote]}`).join(w.separator)}` : "";
  return `${w.method[d.method]}${tally}${names}`;
};

const place = (w: TableWording, r: AmendmentRow): string => {
  const a = r.amendment;
  if (r.amends !== null) return w.amends(r.amends);
  if (a.action === "amend_title") return w.title;
  if (a.action === "insert") return r.label ? w.after(r.label) : "";
  return r.label ?? "";
};

/** The amendments of a draft as one sheet: number, paragraph, action, author, accepted co-sponsors, status, decision, language, text. */
export const amendmentSheet = (rows: readonly AmendmentRow[], language: Language): ExportSheet => {
  const w = TABLE_WORDING[language];
  const widths = [9, 16, 16, 28, 32, 18, 36, 12, 80];
  return {
    name: w.amendmentsSheet,
    direction: directionOf(language),
    columns: w.amendmentColumns.map((header, i) => ({ header, width: widths[i] ?? 16 })),
    rows: rows.map((r) => {
      const a = r.amendment;
      return [
        r.number,
        place(w, r),
        w.action[a.action],
        a.author ? `${a.author}${a.paper ? ` (${w.paper})` : ""}` : "",
        (a.coSponsors ?? []).join(w.separator),
        w.status[a.status],
        (a.status === "accepted_as_revised" && a.revisedText
          ? `${decisionText(w, r.decision)}\n${a.revisedText}`
          : decisionText(w, r.decision)) || null,
        w.language[a.language],
        a.action === "delete" ? "" : (a.text ?? ""),
      ];
    }),
  };
};
