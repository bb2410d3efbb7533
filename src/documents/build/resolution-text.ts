import { DomainError } from "../../domain/errors.js";
import { asId, type ParagraphId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { consolidate } from "../../domain/text/consolidate.js";
import type { ConsolidatedSubParagraph } from "../../domain/text/consolidation.js";
import { diffWords, type Change } from "../../domain/text/diff.js";
import type { DraftText } from "../../domain/text/draft-text.js";
import type { Paragraph } from "../../domain/text/paragraph.js";
import { subParagraphLetter } from "../../domain/text/labels.js";
import { missingRun, pick, textIn } from "../ml.js";
import { run, styled, type Block, type DocumentModel, type Line, type Revision } from "../model.js";
import type { DraftSource, RevisionOfSource } from "../sources.js";
import { wordingFor } from "../wording/index.js";
import { changeRuns } from "./amendment-entries.js";
import { derivedSymbol, draftMasthead, draftTitle, latestDate } from "./draft-documents.js";

export type ResolutionStage = "revised" | "adopted";

interface Texts {
  /** Wording in the language before the amendments, and after (null when that language has no version yet). */
  readonly before: string | null;
  readonly after: string | null;
}

/** The revised wording of a paragraph in a language: the adopted wording, a translation of it, or nothing yet. */
const wordingIn = (source: DraftSource, c: ConsolidatedSubParagraph, original: MultilingualText | null, language: Language): Texts => {
  const before = textIn(original, language);
  if (c.outcome === "unchanged" || c.outcome === "conflict") return { before, after: before };
  if (c.outcome === "deleted") return { before, after: null };
  if (c.text.original === language) return { before, after: textIn(c.text, language) };
  const view = source.view.paragraphs.flatMap((p) => [p, ...p.subParagraphs]).find((p) => p.id === c.id);
  const translated = view?.revision?.languages.find((l) => l.language === language && l.status !== "translation_needed");
  return { before, after: translated?.text ?? null };
};

const tracked = (c: ConsolidatedSubParagraph, t: Texts, language: Language, revision: Revision): Line => {
  if (c.outcome === "deleted")
    return t.before === null ? [missingRun(language)] : changeRuns([{ op: "delete", text: t.before }], revision, false);
  if (t.after === null) return [missingRun(language)];
  const changes: Change[] =
    c.outcome === "inserted" || t.before === null ? [{ op: "insert", text: t.after }] : diffWords(t.before, t.after, language);
  return c.outcome === "unchanged" || c.outcome === "conflict" ? [run(t.after)] : changeRuns(changes, revision, false);
};

/** The revised text in one language, for Akoma Ntoso: a wording not yet translated has no version in it. */
export const revisedTextIn = (source: DraftSource, language: Language): DraftText => {
  const c = consolidate(
    source.draft.text,
    source.amendments.map((a) => a.amendment),
  );
  const originals = originalTexts(source);
  const only = (x: ConsolidatedSubParagraph): MultilingualText => {
    const after = wordingIn(source, x, originals.get(x.id) ?? null, language).after;
    return { original: x.text.original, versions: after === null ? {} : { [language]: { text: after, status: "final" } } };
  };
  const paragraphs: Paragraph[] = c.paragraphs
    .filter((p) => p.outcome !== "deleted")
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      text: only(p),
      subParagraphs: p.subParagraphs.filter((s) => s.outcome !== "deleted").map((s) => ({ id: s.id, text: only(s) })),
    }));
  return { title: source.draft.text.title, paragraphs };
};

const originalTexts = (source: DraftSource): Map<string, MultilingualText> => {
  const originals = new Map<string, MultilingualText>();
  if (source.draft.text.title) originals.set("title", source.draft.text.title);
  for (const p of source.draft.text.paragraphs) {
    originals.set(p.id, p.text);
    for (const s of p.subParagraphs) originals.set(s.id, s.text);
  }
  return originals;
};

/**
 * The revised draft (or the adopted resolution): the text after the committee's decisions, clean or with
 * tracked changes against the version amended; a wording not yet translated says so.
 */
export const buildResolutionText = (
  source: DraftSource & { readonly revision?: RevisionOfSource },
  stage: ResolutionStage,
  withChanges: boolean,
  language: Language,
): DocumentModel => {
  const w = wordingFor(language);
  const reached = source.revision ? (source.revision.stage ?? source.view.stage) : source.view.stage;
  if (stage === "adopted" && reached !== "adopted")
    throw new DomainError(
      "not_found",
      `The draft resolution ${source.revision?.symbol ?? source.draft.symbol} has not been adopted yet (its stage is "${reached}"): there is no adopted resolution to export`,
    );
  const c = consolidate(
    source.draft.text,
    source.amendments.map((a) => a.amendment),
  );
  const originals = originalTexts(source);
  const committee = textIn(source.committee, language) ?? "";
  const when = (ids: readonly string[]) =>
    latestDate(
      ids.flatMap((id) => source.decidedAt.get(id) ?? []),
      source.date,
    );
  const revisionOf = (x: ConsolidatedSubParagraph): Revision => ({ author: committee, date: `${when(x.amendments)}T00:00:00Z` });
  const line = (x: ConsolidatedSubParagraph): Line => {
    const texts = wordingIn(source, x, originals.get(x.id) ?? null, language);
    if (withChanges) return tracked(x, texts, language, revisionOf(x));
    return texts.after === null
      ? [missingRun(language)]
      : pick({ original: language, versions: { [language]: { text: texts.after, status: "final" } } }, language);
  };
  const blocks: Block[] = c.conflicts.map((x) => ({
    kind: "paragraph",
    small: true,
    content: [run(w.conflict(x.label), { missing: true })],
  }));
  const changed = c.paragraphs.some((p) => p.outcome !== "unchanged" || p.subParagraphs.some((s) => s.outcome !== "unchanged"));
  if (!changed) blocks.push({ kind: "paragraph", small: true, content: [run(w.noChanges, { italic: true })] });
  // The enacting formula ("The 143rd Assembly of the Inter-Parliamentary Union,") opens the text where the draft has one.
  const preface = textIn(source.draft.preface, language);
  if (preface) blocks.push({ kind: "paragraph", content: [run(preface)] });
  let operative = 0;
  for (const p of c.paragraphs) {
    if (p.outcome === "deleted" && !withChanges) continue;
    const number = p.kind === "operative" && p.label !== null ? `${++operative}.` : undefined;
    blocks.push({ kind: "paragraph", content: line(p), ...(number ? { label: number } : {}) });
    let letter = 0;
    for (const s of p.subParagraphs) {
      if (s.outcome === "deleted" && !withChanges) continue;
      const label = s.label !== null ? `(${subParagraphLetter(letter++, language)})` : "";
      blocks.push({ kind: "paragraph", indent: true, label, content: line(s) });
    }
  }
  const symbol =
    stage === "revised"
      ? (source.revision?.symbol ?? derivedSymbol.revisedDraft(source.draft.symbol))
      : derivedSymbol.adoptedResolution(source.revision?.originalSymbol ?? source.draft.symbol);
  // Dated when the committee produced the revision (or adopted it), else by its latest decision: never by the clock.
  const recorded = stage === "revised" ? source.revision?.revisedAt : source.revision?.adoptedAt;
  const date = recorded ? recorded.slice(0, 10) : when(source.amendments.map((a) => a.amendment.id));
  const kind = stage === "revised" ? w.revisedDraft : w.adoptedResolution;
  const titleRow: ConsolidatedSubParagraph | null = c.title
    ? {
        id: asId<ParagraphId>("title"),
        label: null,
        previousLabel: "title",
        outcome: c.title.amendments.length ? "amended" : "unchanged",
        text: c.title.text,
        changes: c.title.changes,
        amendments: c.title.amendments,
      }
    : null;
  const heading = draftTitle(source, kind, language);
  return {
    language,
    symbol,
    name: `${symbol} — ${kind}`,
    masthead: draftMasthead(source, symbol, date, language),
    title: [
      heading[0] ?? [],
      ...(withChanges ? [[run(w.withTrackedChanges, { italic: true })]] : []),
      titleRow ? styled(line(titleRow), { bold: true }) : [missingRun(language)],
    ],
    blocks,
    footnotes: [],
  };
};
