import type { ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import { labelParagraphs, type Paragraph, type ParagraphKind } from "./paragraph.js";

const LATIN_ORDINALS = [
  "bis",
  "ter",
  "quater",
  "quinquies",
  "sexies",
  "septies",
  "octies",
  "novies",
  "decies",
  "undecies",
  "duodecies",
  "terdecies",
  "quaterdecies",
  "quindecies",
  "sexdecies",
  "septdecies",
  "octodecies",
  "novodecies",
  "vicies",
];

/** The Latin suffix of the n-th paragraph inserted at one place (1 → bis, 2 → ter …). */
export const latinOrdinal = (n: number): string => LATIN_ORDINALS[n - 1] ?? `(${n + 1})`;

/**
 * IPU provisional label of the n-th new paragraph inserted after paragraph `number` of its kind:
 * "new operative paragraph 3bis"; 0 stands for "before the first".
 */
export const provisionalLabel = (kind: ParagraphKind, number: number, n: number): string =>
  `new ${kind} paragraph ${number}${latinOrdinal(n)}`;

/** Provisional label of a new sub-paragraph: "new sub-paragraph OP3(a)bis". */
export const provisionalSubLabel = (afterLabel: string, n: number): string => `new sub-paragraph ${afterLabel}${latinOrdinal(n)}`;

const LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz";
const ARABIC_LETTERS = [
  "أ",
  "ب",
  "ج",
  "د",
  "ه",
  "و",
  "ز",
  "ح",
  "ط",
  "ي",
  "ك",
  "ل",
  "م",
  "ن",
  "س",
  "ع",
  "ف",
  "ص",
  "ق",
  "ر",
  "ش",
  "ت",
  "ث",
  "خ",
  "ذ",
  "ض",
  "ظ",
  "غ",
];

/** The letter of the n-th sub-paragraph (0-based): a, b … z, aa, bb …; in Arabic the abjad order أ, ب, ج … */
export const subParagraphLetter = (index: number, language: Language = "en"): string => {
  const letters = language === "ar" ? ARABIC_LETTERS : [...LATIN_LETTERS];
  const letter = letters[index % letters.length] as string;
  return letter.repeat(Math.floor(index / letters.length) + 1);
};

/** Every label of a draft: PP1…, OP1… and OP3(a)… for sub-paragraphs. */
export const labelAll = (paragraphs: readonly Paragraph[]): Map<ParagraphId, string> => {
  const labels = labelParagraphs(paragraphs);
  for (const p of paragraphs) {
    p.subParagraphs.forEach((s, i) => labels.set(s.id, `${labels.get(p.id) as string}(${subParagraphLetter(i)})`));
  }
  return labels;
};

/** The number in a label: "OP12" → 12. */
export const labelNumber = (label: string): number => Number(/\d+/.exec(label)?.[0] ?? "0");
