import type { ParagraphId } from "../ids.js";
import { asId } from "../ids.js";
import type { Language } from "../language.js";
import { multilingual, type MultilingualText } from "../multilingual.js";
import { frontMatterRole, isFormula } from "./front-matter.js";
import { because, reasonsInEnglish, type ImportReason } from "./import-reasons.js";
import type { BlockRole, FrontMatterItem, ImportDecision, ImportedDraft, LeftOutText, SourceBlock } from "./import-types.js";
import { preambleLength, type KindWeights } from "./kind-split.js";
import { isDeeperPoint, readMarker, type Marker } from "./markers.js";
import { normalizeWords, readOpening, RULES } from "./openings.js";
import type { Paragraph, ParagraphKind, SubParagraph } from "./paragraph.js";
import { readHead } from "./structure-head.js";

export type { BlockRole, FrontMatterItem, ImportDecision, ImportedDraft, LeftOutText, SourceBlock } from "./import-types.js";

/** Reads a block's own kind from its last character: a comma ends a preambular paragraph, ; . : an operative one. */
const byPunctuation = (text: string): { kind: ParagraphKind; mark: string } | null => {
  const last = text
    .trimEnd()
    .replace(/["”»)\]]+$/u, "")
    .slice(-1);
  if (last === "," || last === "،") return { kind: "preambular", mark: last };
  if (";؛.:".includes(last) && last !== "") return { kind: "operative", mark: last };
  return null;
};

/** The signs of one paragraph's kind, weighed, with the reasons (none when its wording shows no sign). */
export const paragraphSigns = (
  text: string,
  language: Language,
  numbered: boolean,
): KindWeights & { reasons: ImportReason[]; kind: ParagraphKind | null } => {
  const opening = readOpening(text, language);
  const punctuation = byPunctuation(text);
  const weights = { preambular: 0, operative: 0 };
  if (opening) weights[opening.kind] += 4;
  if (numbered) weights.operative += 3;
  if (punctuation) weights[punctuation.kind] += 1;
  const kind = weights.preambular > weights.operative ? "preambular" : weights.operative > weights.preambular ? "operative" : null;
  const first = opening
    ? because("opens_with", { word: opening.word, kind: opening.kind, language: opening.language })
    : numbered
      ? because("numbered", { kind: "operative" })
      : null;
  const ending = punctuation && because("ends_with", { mark: punctuation.mark, ...(first ? {} : { kind: punctuation.kind }) });
  const reasons = [first, ending].filter((r) => r !== null);
  return { ...weights, kind, reasons };
};

/** Decides preambular or operative for one paragraph on its own: opening words, numbering, punctuation, position. */
export const classifyParagraph = (
  text: string,
  language: Language,
  numbered: boolean,
  previous: ParagraphKind | null,
): { kind: ParagraphKind; reason: string; because: readonly ImportReason[] } => {
  const signs = paragraphSigns(text, language, numbered);
  const kind = signs.kind ?? previous ?? "preambular";
  const reasons = signs.reasons.length > 0 ? signs.reasons : [because("no_sign_follows", { kind })];
  return { kind, reason: reasonsInEnglish(reasons), because: reasons };
};

interface Pending {
  readonly id: ParagraphId;
  readonly text: string | null;
  readonly weights: KindWeights;
  readonly reasons: readonly ImportReason[];
  readonly decision: number;
  readonly subs: Array<{ id: ParagraphId; text: string | null; letter: string | null }>;
  romanList: boolean;
}

const STATED = 1000;

/** Whether a text is the marker the documents write for a missing translation. */
const isMissingMarker = (text: string, language: Language): boolean => text === RULES[language].missing;

/**
 * Turns the blocks of an imported file into a draft: front matter, title, sponsor line and enacting formula
 * first; then articles, paragraphs and their points at any depth; every block lands in the draft, the front
 * matter or the list of what was left out, with the reason. Linear in the number of blocks.
 */
export const structureDraft = (blocks: readonly SourceBlock[], language: Language, newId?: (n: number) => string): ImportedDraft => {
  const clean = blocks.map((b) => ({ ...b, text: b.text.replace(/\s+/gu, " ").trim() })).filter((b) => b.text !== "" || b.missing);
  const head = readHead(clean, language);
  const decisions: ImportDecision[] = [...head.decisions];
  const frontMatter: FrontMatterItem[] = [...head.frontMatter];
  const leftOut: LeftOutText[] = [...head.leftOut];
  let preface = head.preface;
  const pending: Pending[] = [];
  const rules = RULES[language];
  const id = (n: number, sub?: number): ParagraphId =>
    asId<ParagraphId>(newId ? newId(n * 1000 + (sub ?? 0)) : sub === undefined ? `p${n}` : `p${n}.${sub}`);
  const decide = (
    b: SourceBlock,
    role: BlockRole,
    paragraphId: ParagraphId | null,
    reasons: readonly ImportReason[],
    text: string,
  ): number => decisions.push({ where: b.where, role, paragraphId, reason: reasonsInEnglish(reasons), because: reasons, text }) - 1;
  const leave = (b: SourceBlock, why: ImportReason): void => {
    leftOut.push({ text: b.text, where: b.where, why: reasonsInEnglish([why]), because: [why] });
    decide(b, "left-out", null, [why], b.text);
  };
  const fromSource = (b: SourceBlock, otherwise: ImportReason): ImportReason =>
    b.note ? because("source_marked", { note: b.note }) : otherwise;
  let article: string | null = null;
  let articleParagraph: Pending | null = null;
  let expected = 1;
  const addSub = (parent: Pending, b: SourceBlock, text: string | null, letter: string | null, reason: ImportReason): void => {
    const sid = b.id ? asId<ParagraphId>(b.id) : id(pending.length, parent.subs.length + 1);
    if (parent.subs.length === 0 && letter !== null) parent.romanList = /^i$/.test(letter);
    parent.subs.push({ id: sid, text, letter });
    decide(b, "sub-paragraph", sid, [reason], text ?? "");
  };

  for (const b of clean.slice(head.end)) {
    const last = pending[pending.length - 1];
    if (b.kind === "left-out") {
      leave(b, fromSource(b, because("not_read")));
      continue;
    }
    if (b.kind === "front-matter" || b.kind === "title") {
      frontMatter.push({ role: "masthead", text: b.text, where: b.where });
      decide(b, "front-matter", null, [fromSource(b, because("stated_by_source"))], b.text);
      continue;
    }
    if (b.kind === "preface" || (b.kind === undefined && !b.missing && isFormula(b.text, language))) {
      if (preface === null) {
        preface = b.text;
        decide(b, "preface", null, [because("enacting_formula")], b.text);
      } else {
        frontMatter.push({ role: "enacting formula", text: b.text, where: b.where });
        decide(b, "front-matter", null, [because("formula_between")], b.text);
      }
      article = null;
      continue;
    }
    const articleHeading =
      b.kind === undefined && rules.article.test(language === "ar" ? normalizeWords(b.text) : b.text) && b.text.length <= 120;
    if (articleHeading) {
      article = b.text;
      articleParagraph = null;
      leave(b, because("article_heading"));
      continue;
    }
    if (b.heading && b.kind === undefined) {
      article = null;
      leave(b, because("heading_inside"));
      continue;
    }
    const marker: Marker | null = b.kind === undefined ? readMarker(b.text) : null;
    const words = b.text.slice(marker?.length ?? 0);
    const text = b.missing || isMissingMarker(words, language) || (marker !== null && words === "") ? null : words;
    const current = last?.subs[last.subs.length - 1];
    if (
      last &&
      b.kind === undefined &&
      current &&
      ((marker && isDeeperPoint(marker, current.letter, last.romanList)) || (!marker && (b.level ?? 0) >= 2))
    ) {
      current.text = current.text === null ? text : `${current.text} ${b.text}`;
      decide(b, "sub-paragraph", current.id, [because("deeper_point", { letter: current.letter ?? "?" })], b.text);
      continue;
    }
    if (
      last &&
      b.kind === undefined &&
      !marker &&
      text !== null &&
      frontMatterRole(b.text, language) !== null &&
      readOpening(b.text, language) === null
    ) {
      leave(b, because("closing_line"));
      continue;
    }
    const isSub =
      b.kind === "sub-paragraph" ||
      (b.kind === undefined && (marker?.type === "sub" || (marker?.type === "label" && marker.sub !== null) || (b.level ?? 0) > 0));
    if (isSub && last) {
      const letter = marker?.type === "sub" ? marker.letter : marker?.type === "label" ? marker.sub : null;
      addSub(
        last,
        b,
        text,
        letter,
        b.kind
          ? because("stated_by_source")
          : marker
            ? because("opens_with_marker", { marker: b.text.slice(0, marker.length).trim() })
            : because("nested_item"),
      );
      continue;
    }
    if (article !== null && articleParagraph !== null && b.kind === undefined) {
      addSub(articleParagraph, b, text, null, because("further_of_article", { article }));
      continue;
    }
    const numbered = Boolean(b.numbered) || (marker?.type === "number" && !marker.parenthesized);
    let weights: KindWeights;
    let reasons: ImportReason[];
    if (b.kind === "preambular" || b.kind === "operative") {
      weights = { preambular: b.kind === "preambular" ? STATED : 0, operative: b.kind === "operative" ? STATED : 0 };
      reasons = [because("stated_by_source")];
    } else if (marker?.type === "label") {
      weights = { preambular: marker.kind === "preambular" ? STATED : 0, operative: marker.kind === "operative" ? STATED : 0 };
      reasons = [because("labelled", { label: b.text.slice(0, marker.length).trim() })];
    } else if (article !== null) {
      weights = { preambular: 0, operative: STATED };
      reasons = [because("first_of_article", { article })];
    } else {
      const signs = paragraphSigns(text ?? "", language, numbered);
      weights = signs;
      reasons = signs.reasons.length > 0 ? signs.reasons : [because(text === null ? "missing_translation" : "no_sign")];
      if (marker?.type === "number" && numbered) {
        if (marker.number !== expected) reasons.push(because("renumbered", { number: marker.number, expected }));
        expected = marker.number + 1;
      }
    }
    const pid = b.id ? asId<ParagraphId>(b.id) : id(pending.length + 1);
    const entry: Pending = {
      id: pid,
      text,
      weights,
      reasons,
      decision: decide(b, "operative", pid, reasons, text ?? ""),
      subs: [],
      romanList: false,
    };
    pending.push(entry);
    if (article !== null) articleParagraph = entry;
  }

  const preamble = preambleLength(pending.map((p) => p.weights));
  const version = (text: string | null): MultilingualText =>
    text === null ? { original: language, versions: {} } : multilingual(language, { [language]: text });
  const paragraphs: Paragraph[] = pending.map((p, i) => {
    const kind: ParagraphKind = i < preamble ? "preambular" : "operative";
    const against = kind === "preambular" ? p.weights.operative > p.weights.preambular : p.weights.preambular > p.weights.operative;
    const said = p.weights.preambular === 0 && p.weights.operative === 0 ? [because("follows_previous", { kind })] : [];
    const reasons = [...p.reasons, ...(against ? [because(kind === "operative" ? "taken_as_operative" : "taken_as_preambular")] : said)];
    const d = decisions[p.decision] as ImportDecision;
    decisions[p.decision] = { ...d, role: kind, reason: reasonsInEnglish(reasons), because: reasons };
    const subParagraphs: SubParagraph[] = p.subs.map((s) => ({ id: s.id, text: version(s.text) }));
    return { id: p.id, kind, text: version(p.text), subParagraphs };
  });
  return {
    language,
    draft: { title: head.title === null ? null : multilingual(language, { [language]: head.title }), paragraphs },
    preface,
    frontMatter,
    leftOut,
    decisions,
  };
};
