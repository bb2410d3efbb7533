import type { Language } from "../language.js";
import { because, reasonsInEnglish } from "./import-reasons.js";
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
      const why = [b.note ? because("source_marked", { note: b.note }) : because("not_read")];
      leftOut.push({ text: b.text, where: b.where, why: reasonsInEnglish(why), because: why });
      decisions.push({ where: b.where, role: "left-out", paragraphId: null, reason: reasonsInEnglish(why), because: why, text: b.text });
      return;
    }
    if (i === titleAt) {
      const [number, text] = b.kind === "title" ? [null, b.text] : splitResolutionNumber(b.text);
      if (number) frontMatter.push({ role: "resolution number", text: number, where: b.where });
      title = text;
      const why = [because(b.kind === "title" ? "stated_by_source" : b.heading || b.bold ? "title_emphasised" : "title_last_line")];
      decisions.push({ where: b.where, role: "title", paragraphId: null, reason: reasonsInEnglish(why), because: why, text: b.text });
      return;
    }
    const role = roles[i] ?? "masthead";
    frontMatter.push({ role, text: b.text, where: b.where });
    const why = [b.note ? because("source_marked", { note: b.note }) : because("front_matter", { role })];
    decisions.push({ where: b.where, role: "front-matter", paragraphId: null, reason: reasonsInEnglish(why), because: why, text: b.text });
  });
  return { end, title, preface: null, frontMatter, leftOut, decisions };
};
