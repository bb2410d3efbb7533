import type { Language } from "../language.js";
import type { Change } from "./diff.js";
import { countWords } from "./segment.js";

/** How far a change moves away from the original: the words it deletes plus the words it inserts. */
export const changedWords = (changes: readonly Change[], language: Language | string): number =>
  changes.reduce((n, c) => (c.op === "equal" ? n : n + countWords(c.text, language)), 0);
