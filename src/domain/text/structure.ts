import type { ParagraphId } from "../ids.js";
import { asId } from "../ids.js";
import type { Language } from "../language.js";
import { multilingual } from "../multilingual.js";
import type { DraftText } from "./draft-text.js";
import { readOpening } from "./openings.js";
import type { Paragraph, ParagraphKind } from "./paragraph.js";

/** One block of an imported file: a line, a Word paragraph, a list item, an AKN element. */
export interface SourceBlock {
  readonly text: string;
  /** Where it came from, for the secretariat and for errors: "line 12", "paragraph 4". */
  readonly where: string;
  /** Numbered by the file's own list structure (Word or Markdown numbering). */
  readonly numbered?: boolean;
  /** Nested list depth: 1 and more are sub-items. */
  readonly level?: number;
  readonly heading?: boolean;
  /** Id stated by the source (an AKN GUID); kept so that a round trip keeps paragraph ids. */
  readonly id?: string;
  /** Kind stated by the source itself (AKN preamble or body); wins over every guess. */
  readonly kind?: ParagraphKind | "sub-paragraph" | "title" | "preface";
}

export type BlockRole = ParagraphKind | "sub-paragraph" | "title" | "preface" | "heading";

/** What the import decided for one block and why, so that the secretariat can correct it before saving. */
export interface ImportDecision {
  readonly where: string;
  readonly role: BlockRole;
  readonly paragraphId: ParagraphId | null;
  readonly reason: string;
  readonly text: string;
}

/** A draft read from a file: its text, the enacting formula, and every decision taken on the way. */
export interface ImportedDraft {
  readonly language: Language;
  readonly draft: DraftText;
  readonly preface: string | null;
  readonly decisions: readonly ImportDecision[];
}

const LABEL = /^(PP|OP)\s*(\d+)\s*[.:)\-–]?\s+/i;
const NUMBER = /^([\d٠-٩]+)\s*[.)\-–]\s*/u;
const PAREN_NUMBER = /^\(([\d٠-٩]+)\)\s*/u;
const SUB = /^(?:\(([a-z]{1,2}|[ivx]{1,5}|\p{Script=Arabic})\)|([a-z]|\p{Script=Arabic})[.)])\s*/u;
const PREFACE = /^(the\s.*\b(assembly|council|committee|forum|conference|parliament|union)\b|(l['’]|la\s|le\s).*\b(assemblée|conseil|commission|forum|conférence)\b|(la|el)\s.*\b(asamblea|consejo|comisión|foro|conferencia)\b|إن\s.*(الجمعية|المجلس|اللجنة|المنتدى|المؤتمر)).*[,،]$/iu;

/** Reads a block's own kind from its last character: a comma ends a preambular paragraph, ; . : an operative one. */
const byPunctuation = (text: string): { kind: ParagraphKind; why: string } | null => {
  const last = text.trimEnd().replace(/["”»)\]]+$/u, "").slice(-1);
  if (last === "," || last === "،") return { kind: "preambular", why: "ends with a comma" };
  if (";؛.:".includes(last) && last !== "") return { kind: "operative", why: `ends with "${last}"` };
  return null;
};

/** Decides preambular or operative for one paragraph: stated label, opening words, numbering, punctuation, position. */
export const classifyParagraph = (
  text: string,
  language: Language,
  numbered: boolean,
  previous: ParagraphKind | null,
): { kind: ParagraphKind; reason: string } => {
  const opening = readOpening(text, language);
  const punctuation = byPunctuation(text);
  const also = punctuation ? `; ${punctuation.why}` : "";
  if (opening) return { kind: opening.kind, reason: `opens with "${opening.word}", ${opening.why} (${opening.kind})${also}` };
  if (numbered) return { kind: "operative", reason: `numbered (operative)${also}` };
  if (punctuation) return { kind: punctuation.kind, reason: `${punctuation.why} (${punctuation.kind})` };
  const kind = previous ?? "preambular";
  return { kind, reason: `no sign in its wording; follows the previous paragraph (${kind})` };
};

const idsFrom = (newId?: (n: number) => string) => (n: number, sub?: number): ParagraphId =>
  asId<ParagraphId>(newId ? newId(n * 1000 + (sub ?? 0)) : sub === undefined ? `p${n}` : `p${n}.${sub}`);

/**
 * Turns the blocks of an imported file into a draft: a title line, an enacting formula, preambular and
 * operative paragraphs with their sub-paragraphs (a), (b) / (أ), (ب), each with the reason for its kind.
 */
export const structureDraft = (blocks: readonly SourceBlock[], language: Language, newId?: (n: number) => string): ImportedDraft => {
  const id = idsFrom(newId);
  const decisions: ImportDecision[] = [];
  const paragraphs: Array<Paragraph & { subParagraphs: Paragraph["subParagraphs"][number][] }> = [];
  let title: string | null = null;
  let preface: string | null = null;
  const decide = (b: SourceBlock, role: BlockRole, paragraphId: ParagraphId | null, reason: string, text: string): void => {
    decisions.push({ where: b.where, role, paragraphId, reason, text });
  };
  for (const b of blocks) {
    const raw = b.text.replace(/\s+/gu, " ").trim();
    if (raw === "") continue;
    const previous = paragraphs[paragraphs.length - 1];
    const sub = SUB.exec(raw);
    if (b.kind === "sub-paragraph" || ((sub || (b.level ?? 0) > 0) && previous?.kind === "operative" && b.kind === undefined)) {
      if (previous) {
        const text = sub && b.kind === undefined ? raw.slice(sub[0].length) : raw;
        const sid = b.id ? asId<ParagraphId>(b.id) : id(paragraphs.length, previous.subParagraphs.length + 1);
        previous.subParagraphs.push({ id: sid, text: multilingual(language, { [language]: text }) });
        decide(b, "sub-paragraph", sid, sub ? `opens with "${sub[0].trim()}" after an operative paragraph` : "nested list item", text);
        continue;
      }
    }
    if (b.heading && title !== null && b.kind === undefined) {
      decide(b, "heading", null, "a heading; not imported as a paragraph", raw);
      continue;
    }
    const label = LABEL.exec(raw);
    const number = NUMBER.exec(raw) ?? PAREN_NUMBER.exec(raw);
    const marker = label ?? number;
    const text = marker ? raw.slice(marker[0].length) : raw;
    if (b.kind === "title" || (paragraphs.length === 0 && title === null && isTitle(b, text, raw, language, marker !== null))) {
      title = text;
      decide(b, "title", null, b.kind === "title" ? "stated by the source" : b.heading ? "a heading before the first paragraph" : "first line, not worded as a paragraph", text);
      continue;
    }
    if (b.kind === "preface" || (paragraphs.length === 0 && preface === null && b.kind === undefined && PREFACE.test(text))) {
      preface = text;
      decide(b, "preface", null, "the enacting formula naming the body, ending with a comma", text);
      continue;
    }
    if (paragraphs.length === 0 && b.kind === undefined && !marker && !readOpening(text, language) && !/[,،;؛:.]$/u.test(text)) {
      decide(b, "heading", null, "a heading before the first paragraph, not worded as a paragraph; not imported", text);
      continue;
    }
    const stated = b.kind === "preambular" || b.kind === "operative" ? b.kind : label ? (label[1]?.toUpperCase() === "PP" ? "preambular" : "operative") : null;
    const verdict: { kind: ParagraphKind; reason: string } = stated
      ? { kind: stated, reason: b.kind ? "stated by the source" : `labelled ${label?.[0].trim()}` }
      : classifyParagraph(text, language, Boolean(b.numbered) || (number !== null && PAREN_NUMBER.exec(raw) === null), previous?.kind ?? null);
    if (!stated && verdict.kind === "preambular" && paragraphs.some((p) => p.kind === "operative")) {
      Object.assign(verdict, { kind: "operative", reason: `${verdict.reason}; but it follows an operative paragraph, so taken as operative` });
    }
    const pid = b.id ? asId<ParagraphId>(b.id) : id(paragraphs.length + 1);
    paragraphs.push({ id: pid, kind: verdict.kind, text: multilingual(language, { [language]: text }), subParagraphs: [] });
    decide(b, verdict.kind, pid, verdict.reason, text);
  }
  return {
    language,
    draft: { title: title === null ? null : multilingual(language, { [language]: title }), paragraphs: ordered(paragraphs) },
    preface,
    decisions,
  };
};

const isTitle = (b: SourceBlock, text: string, raw: string, language: Language, marked: boolean): boolean =>
  Boolean(b.heading) || (!marked && text.length <= 300 && !/[,،;؛]$/u.test(raw) && readOpening(text, language) === null && !PREFACE.test(text));

/** Keeps preambular paragraphs before operative ones, as a draft requires, without reordering within a kind. */
const ordered = (paragraphs: readonly Paragraph[]): Paragraph[] => [
  ...paragraphs.filter((p) => p.kind === "preambular"),
  ...paragraphs.filter((p) => p.kind === "operative"),
];
