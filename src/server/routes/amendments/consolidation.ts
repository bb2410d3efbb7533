import type { Language } from "../../../domain/language.js";
import { isBeforeTheBody, type Amendment } from "../../../domain/text/amendment.js";
import { consolidateOnce, votingOrderOnce } from "../../../domain/text/shared-results.js";
import type { Change } from "../../../domain/text/diff.js";
import { diffWords } from "../../../domain/text/diff.js";
import type { DraftText } from "../../../domain/text/draft-text.js";
import { renderTrackedChangesHtml } from "../../../domain/text/tracked-changes.js";
import { presentVotingOrder } from "./voting.js";

const withHtml = <T extends { changes: readonly Change[]; amendments: readonly string[] }>(x: T) => ({
  ...x,
  changes: [...x.changes],
  amendments: [...x.amendments],
  html: renderTrackedChangesHtml(x.changes),
});

/**
 * The consolidated text of the amendments before the body: revised paragraphs with tracked changes, each
 * conflict's disputed words with every wording, the merged paragraphs, the amendments their sub-amendments
 * changed, and the voting order.
 */
export const presentConsolidation = (text: DraftText, amendments: readonly Amendment[], language: Language | undefined) => {
  const result = consolidateOnce(text, amendments, language ? { language } : {});
  return {
    language: result.language,
    title: result.title
      ? {
          html: renderTrackedChangesHtml(result.title.changes),
          changes: [...result.title.changes],
          amendments: [...result.title.amendments],
        }
      : null,
    paragraphs: result.paragraphs.map((p) => ({ ...withHtml(p), subParagraphs: p.subParagraphs.map(withHtml) })),
    renumbering: { ...result.renumbering },
    conflicts: result.conflicts.map((c) => ({
      target: c.target as string,
      label: c.label,
      amendments: c.amendments.map(String),
      disputes: c.disputes.map((d) => ({
        target: d.target as string,
        within: (d.within as string | undefined) ?? null,
        start: d.start,
        end: d.end,
        language: d.language,
        original: d.original,
        wordings: d.wordings.map((w) => ({ amendment: w.amendment as string, text: w.text })),
      })),
    })),
    merges: result.merges.map((m) => ({ target: m.target as string, label: m.label, amendments: m.amendments.map(String) })),
    subAmended: result.subAmended.map((s) => ({
      amendment: s.amendment as string,
      language: s.language,
      tabled: s.tabled,
      wording: s.wording,
      subAmendments: s.subAmendments.map(String),
      html: renderTrackedChangesHtml(diffWords(s.tabled, s.wording, s.language)),
    })),
    votingOrder: presentVotingOrder(votingOrderOnce(text, amendments.filter(isBeforeTheBody))),
  };
};
