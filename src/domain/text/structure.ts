import type { ParagraphId } from "../ids.js";
import { asId } from "../ids.js";
import type { Language } from "../language.js";
import { multilingual, type MultilingualText } from "../multilingual.js";
import { frontMatterRole, isFormula } from "./front-matter.js";
import type { BlockRole, FrontMatterItem, ImportDecision, ImportedDraft, LeftOutText, SourceBlock } from "./import-types.js";
import { preambleLength, type KindWeights } from "./kind-split.js";
import { isDeeperPoint, readMarker, type Marker } from "./markers.js";
import { normalizeWords, readOpening, RULES } from "./openings.js";
import type { Paragraph, ParagraphKind, SubParagraph } from "./paragraph.js";
import { readHead } from "./structure-head.js";

export type { BlockRole, FrontMatterItem, ImportDecision, ImportedDraft, LeftOutText, SourceBlock } from "./import-types.js";

/** Reads a block's own kind from its last character: a comma ends a preambular paragraph, ; . : an operative one. */
const byPunctuation = (text: string): { kind: ParagraphKind; why: string } | null => {
  const last = text
    .trimEnd()
    .replace(/["”»)\]]+$/u, "")
    .slice(-1);
  if (last === "," || last === "،") return { kind: "preambular", why: "ends with a comma" };
  if (";؛.:".includes(last) && last !== "") return { kind: "operative", why: `ends with "${last}"` };
  return null;
};

/** The signs of one paragraph's kind, weighed, with the reason in words. */
export const paragraphSigns = (
  text: string,
  language: Language,
  numbered: boolean,
): KindWeights & { reason: string; kind: ParagraphKind | null } => {
  const opening = readOpening(text, language);
  const punctuation = byPunctuation(text);
  const weights = { preambular: 0, operative: 0 };
  if (opening) weights[opening.kind] += 4;
  if (numbered) weights.operative += 3;
  if (punctuation) weights[punctuation.kind] += 1;
  const also = punctuation ? `; ${punctuation.why}` : "";
  const kind = weights.preambular > weights.operative ? "preambular" : weights.operative > weights.preambular ? "operative" : null;
  const reason = opening
    ? `opens with "${opening.word}", ${opening.why} (${opening.kind})${also}`
    : numbered
      ? `numbered (operative)${also}`
      : punctuation
        ? `${punctuation.why} (${punctuation.kind})`
        : "";
  return { ...weights, kind, reason };
};

/** Decides preambular or operative for one paragraph on its own: opening words, numbering, punctuation, position. */
export const classifyParagraph = (
  text: string,
  language: Language,
  numbered: boolean,
  previous: ParagraphKind | null,
): { kind: ParagraphKind; reason: string } => {
  const signs = paragraphSigns(text, language, numbered);
  const kind = signs.kind ?? previous ?? "preambular";
  return { kind, reason: signs.reason || `no sign in its wording; follows the previous paragraph (${kind})` };
};

interface Pending {
  readonly id: ParagraphId;
  readonly text: string | null;
  readonly weights: KindWeights;
  readonly reason: string;
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
  const decide = (b: SourceBlock, role: BlockRole, paragraphId: ParagraphId | null, reason: string, text: string): number =>
    decisions.push({ where: b.where, role, paragraphId, reason, text }) - 1;
  const leave = (b: SourceBlock, why: string): void => {
    leftOut.push({ text: b.text, where: b.where, why });
    decide(b, "left-out", null, why, b.text);
  };
  let article: string | null = null;
  let articleParagraph: Pending | null = null;
  let expected = 1;
  const addSub = (parent: Pending, b: SourceBlock, text: string | null, letter: string | null, reason: string): void => {
    const sid = b.id ? asId<ParagraphId>(b.id) : id(pending.length, parent.subs.length + 1);
    if (parent.subs.length === 0 && letter !== null) parent.romanList = /^i$/.test(letter);
    parent.subs.push({ id: sid, text, letter });
    decide(b, "sub-paragraph", sid, reason, text ?? "");
  };

  for (const b of clean.slice(head.end)) {
    const last = pending[pending.length - 1];
    if (b.kind === "left-out") {
      leave(b, b.note ?? "not read");
      continue;
    }
    if (b.kind === "front-matter" || b.kind === "title") {
      frontMatter.push({ role: "masthead", text: b.text, where: b.where });
      decide(b, "front-matter", null, b.note ?? "stated by the source", b.text);
      continue;
    }
    if (b.kind === "preface" || (b.kind === undefined && !b.missing && isFormula(b.text, language))) {
      if (preface === null) {
        preface = b.text;
        decide(b, "preface", null, "the enacting formula", b.text);
      } else {
        frontMatter.push({ role: "enacting formula", text: b.text, where: b.where });
        decide(b, "front-matter", null, "an enacting formula between the preamble and the operative part", b.text);
      }
      article = null;
      continue;
    }
    const articleHeading =
      b.kind === undefined && rules.article.test(language === "ar" ? normalizeWords(b.text) : b.text) && b.text.length <= 120;
    if (articleHeading) {
      article = b.text;
      articleParagraph = null;
      leave(b, "an article heading: its paragraphs become one operative paragraph, numbered by its label");
      continue;
    }
    if (b.heading && b.kind === undefined) {
      article = null;
      leave(b, "a heading inside the text, not worded as a paragraph");
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
      decide(
        b,
        "sub-paragraph",
        current.id,
        `a point of a deeper level, kept in the text of sub-paragraph (${current.letter ?? "?"})`,
        b.text,
      );
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
      leave(b, "a closing line (meeting, place or date), not a paragraph");
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
        b.kind ? "stated by the source" : marker ? `opens with "${b.text.slice(0, marker.length).trim()}"` : "nested list item",
      );
      continue;
    }
    if (article !== null && articleParagraph !== null && b.kind === undefined) {
      addSub(articleParagraph, b, text, null, `a further paragraph of ${article}`);
      continue;
    }
    const numbered = Boolean(b.numbered) || (marker?.type === "number" && !marker.parenthesized);
    let weights: KindWeights;
    let reason: string;
    if (b.kind === "preambular" || b.kind === "operative") {
      weights = { preambular: b.kind === "preambular" ? STATED : 0, operative: b.kind === "operative" ? STATED : 0 };
      reason = "stated by the source";
    } else if (marker?.type === "label") {
      weights = { preambular: marker.kind === "preambular" ? STATED : 0, operative: marker.kind === "operative" ? STATED : 0 };
      reason = `labelled ${b.text.slice(0, marker.length).trim()}`;
    } else if (article !== null) {
      weights = { preambular: 0, operative: STATED };
      reason = `the first paragraph of ${article}`;
    } else {
      const signs = paragraphSigns(text ?? "", language, numbered);
      weights = signs;
      reason = signs.reason || (text === null ? "a missing translation" : "no sign in its wording");
      if (marker?.type === "number" && numbered) {
        if (marker.number !== expected) reason += `; numbered ${marker.number} where ${expected} was expected, so the number is not kept`;
        expected = marker.number + 1;
      }
    }
    const pid = b.id ? asId<ParagraphId>(b.id) : id(pending.length + 1);
    const entry: Pending = {
      id: pid,
      text,
      weights,
      reason,
      decision: decide(b, "operative", pid, reason, text ?? ""),
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
    const said = p.weights.preambular === 0 && p.weights.operative === 0 ? `; follows the previous paragraph (${kind})` : "";
    const reason = against
      ? `${p.reason}; but it ${kind === "operative" ? "follows an operative paragraph" : "precedes a preambular paragraph"}, so taken as ${kind}`
      : `${p.reason}${said}`;
    const d = decisions[p.decision] as ImportDecision;
    decisions[p.decision] = { ...d, role: kind, reason };
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
