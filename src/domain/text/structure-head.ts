import type { Language } from "../language.js";
import { frontMatterRole, isFormula, isSponsorLine, splitResolutionNumber } from "./front-matter.js";
import type { FrontMatterItem, ImportDecision, LeftOutText, SourceBlock } from "./import-types.js";
import { readMarker } from "./markers.js";
import { normalizeWords, readOpening, RULES } from "./openings.js";

/** What precedes the first paragraph: where the text begins, the title, the front matter and their decisions. */
export interface Head {
  readonly end: number;
  readonly title: string | null;
  readonly preface: string | null;
  readonly frontMatter: readonly FrontMatterItem[];
  readonly leftOut: readonly LeftOutText[];
  readonly decisions: readonly ImportDecision[];
}

const ENDS_LIKE_A_PARAGRAPH = /[,;.:،؛]["”»)\]]*$/u;

/** Whether a block unmistakably belongs to the text: a stated kind, a formula, a number or label, an opening with a paragraph's ending (even with a date in it). */
const startsText = (b: SourceBlock, language: Language): boolean => {
  if (b.kind !== undefined) return b.kind !== "title" && b.kind !== "front-matter" && b.kind !== "left-out";
  if (b.missing || b.text === RULES[language].missing) return true;
  if (isSponsorLine(b.text, language)) return false;
  if (isFormula(b.text, language) || b.numbered || readMarker(b.text) !== null) return true;
  if (RULES[language].article.test(language === "ar" ? normalizeWords(b.text) : b.text)) return true;
  return ENDS_LIKE_A_PARAGRAPH.test(b.text) && readOpening(b.text, language) !== null;
};

/**
 * Reads the front matter: masthead, motto, session, place and dates, symbol, "Original: …", the sponsor line.
 * The title is the heading or bold line nearest the text, else the last line not recognised as front matter.
 */
export const readHead = (blocks: readonly SourceBlock[], language: Language): Head => {
  let end = blocks.findIndex((b) => startsText(b, language));
  if (end < 0) end = Math.min(blocks.length, 1);
  const head = blocks.slice(0, end);
  const roles = head.map((b) =>
    b.kind === "front-matter"
      ? (frontMatterRole(b.text, language) ?? "masthead")
      : b.kind === "title" || b.kind === "left-out"
        ? null
        : frontMatterRole(b.text, language),
  );
  const stated = head.findIndex((b) => b.kind === "title");
  const candidates = head.map((_, i) => i).filter((i) => roles[i] === null && head[i]?.kind !== "left-out");
  const sponsor = roles.indexOf("sponsor line");
  const beforeSponsor = sponsor < 0 ? candidates : candidates.filter((i) => i < sponsor);
  const emphasised = candidates.filter((i) => head[i]?.heading || head[i]?.bold);
  const rightBeforeSponsor = sponsor > 0 && roles[sponsor - 1] === null && head[sponsor - 1]?.kind === undefined ? sponsor - 1 : undefined;
  const titleAt = stated >= 0 ? stated : (rightBeforeSponsor ?? emphasised.at(-1) ?? beforeSponsor.at(-1) ?? candidates.at(-1) ?? -1);
  const frontMatter: FrontMatterItem[] = [];
  const decisions: ImportDecision[] = [];
  const leftOut: LeftOutText[] = [];
  let title: string | null = null;
  head.forEach((b, i) => {
    if (b.kind === "left-out") {
      leftOut.push({ text: b.text, where: b.where, why: b.note ?? "not read" });
      decisions.push({ where: b.where, role: "left-out", paragraphId: null, reason: b.note ?? "not read", text: b.text });
      return;
    }
    if (i === titleAt) {
      const [number, text] = b.kind === "title" ? [null, b.text] : splitResolutionNumber(b.text);
      if (number) frontMatter.push({ role: "resolution number", text: number, where: b.where });
      title = text;
      const why =
        b.kind === "title"
          ? "stated by the source"
          : b.heading || b.bold
            ? "the heading or bold line nearest the text"
            : "the last line before the text not recognised as front matter";
      decisions.push({ where: b.where, role: "title", paragraphId: null, reason: why, text: b.text });
      return;
    }
    const role = roles[i] ?? "masthead";
    frontMatter.push({ role, text: b.text, where: b.where });
    decisions.push({
      where: b.where,
      role: "front-matter",
      paragraphId: null,
      reason: b.note ?? `front matter (${role}), not a paragraph`,
      text: b.text,
    });
  });
  return { end, title, preface: null, frontMatter, leftOut, decisions };
};
