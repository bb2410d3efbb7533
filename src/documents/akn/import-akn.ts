import { isLanguage, type Language } from "../../domain/language.js";
import type { SourceBlock } from "../../domain/text/structure.js";
import { unreadable } from "../import/limits.js";
import { AKN_LANGUAGE } from "./frbr.js";
import { childrenNamed, findFirst, parseXml, textContent, type XmlElement } from "./xml-parse.js";

const DOCUMENT_TYPES = new Set(["statement", "doc", "bill", "act", "debateReport"]);
const FROM_AKN_LANGUAGE = new Map(Object.entries(AKN_LANGUAGE).map(([l, code]) => [code, l as Language]));

const text = (e: XmlElement): string => (e.attributes.class === "translation-missing" ? "" : textContent(e).replace(/\s+/gu, " ").trim());

const elements = (e: XmlElement): XmlElement[] => e.children.filter((c): c is XmlElement => typeof c !== "string");

/** Reads the blocks of an AKN resolution: docTitle, formula, preamble containers / recitals, body paragraphs. */
export const aknBlocks = (xml: string, source: string): { blocks: SourceBlock[]; language: Language | null } => {
  const root = parseXml(xml, source);
  if (root.name !== "akomaNtoso") throw unreadable(source, `line ${root.line}`, `the root element is <${root.name}>, not <akomaNtoso>`);
  const document = elements(root).find((e) => DOCUMENT_TYPES.has(e.name));
  if (!document) throw unreadable(source, `line ${root.line}`, "no statement, doc or bill inside <akomaNtoso>");
  const code = findFirst(document, "FRBRExpression") ? findFirst(findFirst(document, "FRBRExpression") as XmlElement, "FRBRlanguage")?.attributes.language : undefined;
  const language = FROM_AKN_LANGUAGE.get(code ?? "") ?? (isLanguage(code) ? code : null);
  const blocks: SourceBlock[] = [];
  const where = (e: XmlElement): string => `line ${e.line}`;
  const title = findFirst(document, "docTitle") ?? findFirst(document, "longTitle");
  if (title) blocks.push({ text: text(title), where: where(title), kind: "title" });
  const preamble = childrenNamed(document, "preamble")[0];
  for (const e of preamble ? elements(preamble) : []) {
    if (e.name === "formula") blocks.push({ text: text(e), where: where(e), kind: "preface" });
    else if (e.name === "recitals") for (const r of childrenNamed(e, "recital")) blocks.push({ text: text(r), where: where(r), kind: "preambular", id: r.attributes.GUID });
    else if (e.name === "container" || e.name === "p" || e.name === "recital") blocks.push({ text: text(e), where: where(e), kind: "preambular", id: e.attributes.GUID });
  }
  const body = childrenNamed(document, "mainBody")[0];
  if (!body) throw unreadable(source, `line ${document.line}`, "the document has no <mainBody>");
  for (const e of elements(body)) readOperative(e, blocks, where);
  return { blocks, language };
};

const HIER = new Set(["paragraph", "point", "article", "section", "clause"]);
const SUB = new Set(["subparagraph", "point", "item", "indent", "list"]);

const readOperative = (e: XmlElement, blocks: SourceBlock[], where: (e: XmlElement) => string): void => {
  if (e.name === "p" || e.name === "blockContainer") {
    blocks.push({ text: text(e), where: where(e), kind: "operative" });
    return;
  }
  if (!HIER.has(e.name)) return;
  const own = childrenNamed(e, "content")[0] ?? childrenNamed(e, "intro")[0];
  blocks.push({ text: own ? text(own) : "", where: where(e), kind: "operative", id: e.attributes.GUID });
  for (const s of elements(e).filter((c) => SUB.has(c.name))) {
    const content = childrenNamed(s, "content")[0] ?? childrenNamed(s, "intro")[0] ?? s;
    blocks.push({ text: text(content), where: where(s), kind: "sub-paragraph", id: s.attributes.GUID });
  }
};
