/**
 * Characters no text in Rapporteur may carry: NUL (PostgreSQL cannot store it), the other C0
 * controls except tab, newline and carriage return, DEL, U+FFFE/U+FFFF (none of them allowed in
 * XML, so a Word or Akoma Ntoso file holding one is broken), and lone surrogates (not Unicode).
 */
const PATTERN =
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
const FIRST = new RegExp(PATTERN);
const EVERY = new RegExp(PATTERN, "g");

/** The first unstorable character of a text, as its code unit, or null when the text is clean. */
export const firstUnstorable = (text: string): number | null => {
  const found = FIRST.exec(text);
  return found ? found[0].charCodeAt(0) : null;
};

/** The text without its unstorable characters. */
export const stripUnstorable = (text: string): string => text.replace(EVERY, "");

/** A copy of plain data (objects, arrays, strings) with every string stripped, for output that must stay valid. */
export const withoutUnstorable = <T>(value: T): T => {
  if (typeof value === "string") return stripUnstorable(value) as T;
  if (Array.isArray(value)) return value.map(withoutUnstorable) as T;
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutUnstorable(v)])) as T;
};
