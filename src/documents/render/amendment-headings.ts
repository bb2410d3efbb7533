import type { Language } from "../../domain/language.js";
import type { HeadedAmendment } from "../akn/export-amendments.js";
import { amendmentEntries } from "../build/amendment-entries.js";
import type { Line } from "../model.js";
import type { DraftSource } from "../sources.js";
import { wordingFor } from "../wording/index.js";

const plain = (line: Line): string => line.map((i) => i.text).join("");

/**
 * Each amendment of a draft, by number, with the heading a reader of that language expects:
 * "Amendment 5 — Preambular paragraph 2 — Rejected — Egypt", "التعديل 5 — الفقرة 2 من الديباجة — …".
 */
export const headedAmendments = (source: DraftSource, language: Language): HeadedAmendment[] => {
  const w = wordingFor(language);
  const numberOf = new Map(source.amendments.map((s) => [s.amendment.id, s.number]));
  return amendmentEntries(source.draft.text, source.amendments, language)
    .map(({ stored, heading }) => {
      const a = stored.amendment;
      const status = w.status(a.status, a.mergedInto ? (numberOf.get(a.mergedInto) ?? null) : null);
      const parts = [plain(heading), status, a.author ?? ""].filter((p) => p !== "");
      return { amendment: a, number: stored.number, label: w.amendmentNumber(stored.number), heading: parts.join(" — ") };
    })
    .sort((x, y) => x.number - y.number);
};
