import type { Language } from "../../domain/language.js";
import type { Amendment } from "../../domain/text/amendment.js";
import { diffWords, type Change } from "../../domain/text/diff.js";
import { locate, type DraftText, type Location } from "../../domain/text/draft-text.js";
import { subParagraphLetter } from "../../domain/text/labels.js";
import type { ParagraphKind } from "../../domain/text/paragraph.js";
import { missingRun, textIn } from "../ml.js";
import { run, type Line, type Revision } from "../model.js";
import { wordingFor } from "../wording/index.js";
import type { Place } from "../wording/wording.js";
import type { StoredAmendment } from "../../store/amendments/rows.js";

/** An amendment as the documents present it: where it belongs, its heading, instruction, wording and author. */
export interface AmendmentEntry {
  readonly stored: StoredAmendment;
  readonly part: "title" | ParagraphKind;
  readonly rank: number;
  readonly heading: Line;
  readonly instruction: Line;
  readonly text: Line;
  readonly author: Line;
}

/** The note that follows the author of an amendment the secretariat typed in from paper. */
const PAPER_NOTE: Record<Language, string> = {
  en: "(entered by the secretariat from a paper amendment)",
  fr: "(saisi par le secrétariat d'après un amendement sur papier)",
  es: "(introducida por la secretaría a partir de una enmienda en papel)",
  ar: "(أدخلته الأمانة من تعديل ورقي)",
};

/** "(Spain)", or for a paper amendment "(Spain) (entered by the secretariat from a paper amendment)". */
export const authorLine = (a: Amendment, language: Language): Line =>
  !a.author ? [] : a.paper ? [run(`(${a.author}) ${PAPER_NOTE[language]}`)] : [run(`(${a.author})`)];

interface Position {
  readonly kind: ParagraphKind;
  readonly number: number;
  readonly sub: string | null;
  readonly rank: number;
}

/** Kind, number among its kind, sub-paragraph letter and reading-order rank of every paragraph id. */
const positions = (draft: DraftText, language: Language): Map<string, Position> => {
  const out = new Map<string, Position>();
  const count = { preambular: 0, operative: 0 };
  draft.paragraphs.forEach((p, i) => {
    const number = ++count[p.kind];
    out.set(p.id, { kind: p.kind, number, sub: null, rank: i * 1000 });
    p.subParagraphs.forEach((s, j) =>
      out.set(s.id, { kind: p.kind, number, sub: subParagraphLetter(j, language), rank: i * 1000 + j + 1 }),
    );
  });
  return out;
};

/** Tracked changes as runs; the revision says who proposed them and when. */
export const changeRuns = (changes: readonly Change[], revision: Revision, bold: boolean): Line =>
  changes.map((c) =>
    c.op === "equal" ? run(c.text) : run(c.text, { change: c.op, revision, ...(bold && c.op === "insert" ? { bold: true } : {}) }),
  );

const originalOf = (draft: DraftText, at: ReadonlyMap<string, Location>, a: Amendment) => {
  if (a.action === "amend_title") return draft.title;
  const loc = a.target ? at.get(a.target) : undefined;
  const p = loc ? draft.paragraphs[loc.paragraph] : undefined;
  return loc && p ? (loc.sub === null ? p.text : p.subParagraphs[loc.sub]?.text) : null;
};

/**
 * A sub-amendment, shown right after the amendment it amends: "Amendment to amendment N", with its changes
 * against that amendment's tabled wording.
 */
const subAmendmentEntry = (stored: StoredAmendment, parent: StoredAmendment, at: AmendmentEntry, language: Language): AmendmentEntry => {
  const w = wordingFor(language);
  const a = stored.amendment;
  const revision: Revision = { author: a.author ?? "", date: stored.createdAt };
  const tabled = parent.amendment.language === language ? (parent.amendment.text ?? "") : null;
  const proposed = a.language === language ? (a.action === "delete" ? "" : (a.text ?? "")) : null;
  const text =
    tabled === null || proposed === null
      ? [missingRun(language)]
      : changeRuns(diffWords(tabled, proposed, language), revision, a.action !== "delete");
  const instruction = a.action === "delete" ? w.deleteProposed(parent.number) : w.amendAmendmentToRead(parent.number);
  const author = authorLine(a, language);
  return {
    stored,
    part: at.part,
    rank: at.rank,
    heading: [run(w.amendmentTo(parent.number))],
    instruction: [run(instruction)],
    text,
    author,
  };
};

/**
 * Every amendment in reading order (title, then each paragraph followed by the new ones after it, each
 * place by number, each sub-amendment after the amendment it amends), with its IPU heading ("Preambular
 * paragraph 2", "New operative paragraph 5bis", "Amendment to amendment 3").
 */
export const amendmentEntries = (draft: DraftText, amendments: readonly StoredAmendment[], language: Language): AmendmentEntry[] => {
  const byId = new Map(amendments.map((s) => [s.amendment.id as string, s]));
  const amended = (s: StoredAmendment): StoredAmendment | undefined => (s.amendment.parent ? byId.get(s.amendment.parent) : undefined);
  const own = amendments.filter((s) => !amended(s));
  const entries = ownEntries(draft, own, language);
  const entryOf = new Map(entries.map((e) => [e.stored.amendment.id as string, e]));
  for (const s of amendments) {
    const parent = amended(s);
    const at = parent ? entryOf.get(parent.amendment.id) : undefined;
    if (parent && at) entries.push(subAmendmentEntry(s, parent, at, language));
  }
  const lead = (e: AmendmentEntry): number => amended(e.stored)?.number ?? e.stored.number;
  return entries.sort((x, y) => x.rank - y.rank || lead(x) - lead(y) || x.stored.number - y.stored.number);
};

const ownEntries = (draft: DraftText, amendments: readonly StoredAmendment[], language: Language): AmendmentEntry[] => {
  const w = wordingFor(language);
  const at = locate(draft.paragraphs);
  const pos = positions(draft, language);
  const firstOperative = draft.paragraphs.findIndex((p) => p.kind === "operative");
  const newCount = new Map<string, number>();
  const sorted = [...amendments].sort((x, y) => x.number - y.number);
  const entries = sorted.map((stored): AmendmentEntry => {
    const a = stored.amendment;
    const revision: Revision = { author: a.author ?? "", date: stored.createdAt };
    const author = authorLine(a, language);
    const original = originalOf(draft, at, a);
    const proposed = a.language === language ? (a.text ?? "") : null;
    if (a.action === "amend_title" || a.action === "amend") {
      const p = a.target ? pos.get(a.target) : undefined;
      const before = textIn(original, a.language) ?? "";
      const text = proposed === null ? [missingRun(language)] : changeRuns(diffWords(before, proposed, language), revision, true);
      if (a.action === "amend_title" || !p)
        return { stored, part: "title", rank: -1, heading: [run(w.titleHeading)], instruction: [run(w.amendTitleToRead)], text, author };
      return {
        stored,
        part: p.kind,
        rank: p.rank,
        heading: [run(w.paragraph(p.kind, p.number, p.sub))],
        instruction: [run(w.amendToRead)],
        text,
        author,
      };
    }
    if (a.action === "delete") {
      const p = pos.get(a.target ?? "") as Position;
      const before = textIn(original, language);
      const text = before === null ? [missingRun(language)] : changeRuns([{ op: "delete", text: before }], revision, false);
      return {
        stored,
        part: p.kind,
        rank: p.rank,
        heading: [run(w.paragraph(p.kind, p.number, p.sub))],
        instruction: [run(w.deleteParagraph)],
        text,
        author,
      };
    }
    const anchor = a.after ? pos.get(a.after) : undefined;
    const kind: ParagraphKind = a.kind ?? anchor?.kind ?? "operative";
    const key = a.after ?? `^${kind}`;
    const n = (newCount.get(key) ?? 0) + 1;
    newCount.set(key, n);
    const place: Place = anchor && anchor.kind === kind ? { kind, number: anchor.number, sub: anchor.sub } : { first: kind };
    const number = "first" in place ? 0 : place.number;
    const rank =
      "first" in place
        ? kind === "preambular"
          ? -0.5
          : (firstOperative < 0 ? draft.paragraphs.length : firstOperative) * 1000 - 0.5
        : (anchor as Position).rank + 0.5;
    const text = proposed === null ? [missingRun(language)] : changeRuns([{ op: "insert", text: proposed }], revision, true);
    return {
      stored,
      part: kind,
      rank,
      heading: [run(w.newParagraph(kind, number, "first" in place ? null : place.sub, n))],
      instruction: [run(w.addAfter(place))],
      text,
      author,
    };
  });
  return entries;
};
