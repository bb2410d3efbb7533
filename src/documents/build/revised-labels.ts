import type { Language } from "../../domain/language.js";
import { subParagraphLetter } from "../../domain/text/labels.js";
import type { Line } from "../model.js";
import { run } from "../model.js";
import { wordingFor } from "../wording/index.js";

const LABEL = /^(PP|OP)(\d+)(?:\(([a-z]+)\))?$/;

/** A label of the revised draft ("OP3(a)") in words: "Operative paragraph 3, sub-paragraph (a)". */
export const labelInWords = (label: string, language: Language): Line => {
  const m = LABEL.exec(label);
  if (!m) return [run(label, { ltr: true })];
  const letters = m[3];
  const sub = letters ? subParagraphLetter(letters.charCodeAt(0) - 97 + 26 * (letters.length - 1), language) : null;
  return [run(wordingFor(language).paragraph(m[1] === "PP" ? "preambular" : "operative", Number(m[2]), sub))];
};
