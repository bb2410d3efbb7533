import type { SourceBlock } from "../../domain/text/structure.js";
import { textContent, type XmlElement } from "./xml-parse.js";

/** An element with its XPath-like path, for messages: "/statement/mainBody/paragraph[2]". */
export interface Located {
  readonly e: XmlElement;
  readonly path: string;
}

/** The child elements of a located element, each with its path (an index only where the name repeats). */
export const childrenOf = ({ e, path }: Located): Located[] => {
  const elements = e.children.filter((c): c is XmlElement => typeof c !== "string");
  const total = new Map<string, number>();
  for (const c of elements) total.set(c.name, (total.get(c.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return elements.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return { e: c, path: `${path}/${c.name}${(total.get(c.name) ?? 0) > 1 ? `[${n}]` : ""}` };
  });
};

/** Where a located element is: its path and line. */
export const whereOf = (l: Located): string => `${l.path} (line ${l.e.line})`;

/** Whether an element holds a missing translation (as Rapporteur's own export marks it). */
export const isMissing = (e: XmlElement): boolean =>
  e.attributes.class === "translation-missing" ||
  (e.children.length === 1 && typeof e.children[0] !== "string" && isMissing(e.children[0] as XmlElement));

/** The text of an element with white space collapsed. */
export const flat = (e: XmlElement): string => textContent(e).replace(/\s+/gu, " ").trim();

/** A block for an element: its text, or a missing translation. */
export const blockOf = (l: Located, kind: SourceBlock["kind"], note?: string): SourceBlock => ({
  text: isMissing(l.e) ? "" : flat(l.e),
  where: whereOf(l),
  kind,
  ...(isMissing(l.e) ? { missing: true } : {}),
  ...(l.e.attributes.GUID ? { id: l.e.attributes.GUID } : {}),
  ...(note ? { note } : {}),
});
