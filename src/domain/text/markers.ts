import type { ParagraphKind } from "./paragraph.js";

/** The numbering a block opens with, read from its text. */
export type Marker =
  | { readonly type: "label"; readonly kind: ParagraphKind; readonly number: number; readonly sub: string | null; readonly length: number }
  | { readonly type: "number"; readonly number: number; readonly parenthesized: boolean; readonly length: number }
  | { readonly type: "sub"; readonly letter: string; readonly length: number };

const DIGITS = "[\\d٠-٩۰-۹]+";
const LABEL = new RegExp(`^(PP|OP)\\s*(${DIGITS})(?:\\s*\\((\\p{L}{1,3})\\))?(?:\\s*[.:)\\-–])?(?:\\s+|$)`, "iu");
/** "1.", "1)", "1-", "١." but not the "26–" of "26–30 November" nor the "1." of "1.5". */
const NUMBER = new RegExp(`^(${DIGITS})\\s*(?:[.)]|[-–])(?![\\d٠-٩۰-۹])\\s*`, "u");
const PAREN_NUMBER = new RegExp(`^\\((${DIGITS})\\)\\s*`, "u");
const SUB = /^(?:\(([a-z]{1,3}|[ivxlc]{1,6}|\p{Script=Arabic}{1,2})\)|([a-z]|\p{Script=Arabic})\))\s*/u;
const SUB_DOT = /^([a-z])\.\s+/u;

/** The value of a number in Western, Arabic-Indic or Eastern Arabic-Indic digits. */
export const numberValue = (digits: string): number =>
  Number(
    [...digits]
      .map((c) => {
        const code = c.charCodeAt(0);
        return code >= 0x660 && code <= 0x669 ? String(code - 0x660) : code >= 0x6f0 && code <= 0x6f9 ? String(code - 0x6f0) : c;
      })
      .join(""),
  );

/** Reads the label (PP2, OP3(a)), number (1., ١., (2)) or letter ((a), (أ), (ii)) a block opens with. */
export const readMarker = (text: string): Marker | null => {
  const label = LABEL.exec(text);
  if (label) {
    const kind: ParagraphKind = (label[1] as string).toUpperCase() === "PP" ? "preambular" : "operative";
    return { type: "label", kind, number: numberValue(label[2] as string), sub: label[3] ?? null, length: label[0].length };
  }
  const number = NUMBER.exec(text);
  if (number) return { type: "number", number: numberValue(number[1] as string), parenthesized: false, length: number[0].length };
  const paren = PAREN_NUMBER.exec(text);
  if (paren) return { type: "number", number: numberValue(paren[1] as string), parenthesized: true, length: paren[0].length };
  const sub = SUB.exec(text) ?? SUB_DOT.exec(text);
  if (sub) return { type: "sub", letter: (sub[1] ?? sub[2]) as string, length: sub[0].length };
  return null;
};

const ROMAN = /^[ivxlc]+$/;

/**
 * Whether a lettered point is one level below the current sub-paragraph: a roman numeral (i), (ii) that does
 * not continue the letters ((i) after (h) is a letter) in a lettered list, or a number in parentheses.
 */
export const isDeeperPoint = (marker: Marker, currentLetter: string | null, romanList: boolean): boolean => {
  if (currentLetter === null) return false;
  if (marker.type === "number") return marker.parenthesized;
  if (marker.type !== "sub" || romanList || !ROMAN.test(marker.letter)) return false;
  const next = currentLetter.length === 1 ? String.fromCharCode(currentLetter.charCodeAt(0) + 1) : null;
  return marker.letter !== next;
};
