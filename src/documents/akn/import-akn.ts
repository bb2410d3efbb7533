import { isLanguage, type Language } from "../../domain/language.js";
import type { SourceBlock } from "../../domain/text/structure.js";
import { unreadable } from "../import/limits.js";
import { readBody } from "./akn-body.js";
import { blockOf, childrenOf, flat, whereOf, type Located } from "./akn-walk.js";
import { AKN_LANGUAGE } from "./frbr.js";
import { findFirst, parseXml, textContent, type XmlElement } from "./xml-parse.js";

/** Document types whose text is a draft's text: resolutions and statements, bills and acts, decisions. */
const DOCUMENT_TYPES = new Set(["statement", "doc", "bill", "act", "debateReport"]);
const FROM_AKN_LANGUAGE = new Map(Object.entries(AKN_LANGUAGE).map(([l, code]) => [code, l as Language]));
const BODIES = new Set(["mainBody", "body", "debateBody", "judgmentBody"]);

const languageOf = (document: XmlElement): Language | null => {
  const expression = findFirst(document, "FRBRExpression");
  const code = expression ? findFirst(expression, "FRBRlanguage")?.attributes.language : undefined;
  return FROM_AKN_LANGUAGE.get(code ?? "") ?? (isLanguage(code) ? code : null);
};

const left = (l: Located, why: string): SourceBlock => ({ text: flat(l.e), where: whereOf(l), kind: "left-out", note: why });

/** The cover page and preface: the docTitle is the title, every other line front matter, with its path. */
const readPreface = (l: Located, blocks: SourceBlock[], title: { found: boolean }): void => {
  for (const c of childrenOf(l)) {
    const docTitle = findFirst(c.e, "docTitle");
    if (docTitle && !title.found) {
      title.found = true;
      blocks.push({ ...blockOf({ e: docTitle, path: `${c.path}//docTitle` }, "title") });
      const rest = textContent(c.e).replace(textContent(docTitle), "").replace(/\s+/gu, " ").trim();
      if (rest) blocks.push({ text: rest, where: whereOf(c), kind: "front-matter", note: `the ${l.e.name} around the title` });
    } else if (flat(c.e)) blocks.push({ ...blockOf(c, "front-matter"), note: `a line of the ${l.e.name}` });
  }
};

/** The preamble: the formula is the preface, recitals, citations and containers are preambular paragraphs. */
const readPreamble = (l: Located, blocks: SourceBlock[]): void => {
  for (const c of childrenOf(l)) {
    const name = c.e.name;
    if (name === "formula") blocks.push(blockOf(c, "preface"));
    else if (name === "recitals" || name === "citations") {
      for (const r of childrenOf(c)) {
        if (r.e.name === "recital" || r.e.name === "citation") blocks.push(blockOf(r, "preambular"));
        else if (flat(r.e)) blocks.push(left(r, `the ${r.e.name} of the ${name}: structure, not a paragraph`));
      }
    } else if (["container", "p", "recital", "citation", "blockContainer"].includes(name)) blocks.push(blockOf(c, "preambular"));
    else if (flat(c.e)) blocks.push(left(c, `<${name}> in the preamble is not read`));
  }
};

/**
 * Reads the blocks of an Akoma Ntoso draft: cover page and preface (title, front matter), preamble (formula,
 * recitals), body (units, groups, points at any depth), conclusions. A document type that is not a draft's
 * is refused, naming it; any element not read is named, with its path, in what was left out.
 */
export const aknBlocks = (xml: string, source: string): { blocks: SourceBlock[]; language: Language | null } => {
  const root = parseXml(xml, source);
  if (root.name !== "akomaNtoso") throw unreadable(source, `line ${root.line}`, `the root element is <${root.name}>, not <akomaNtoso>`);
  const top = childrenOf({ e: root, path: "" }).filter((c) => c.e.name !== "components");
  const document = top.find((c) => DOCUMENT_TYPES.has(c.e.name));
  if (!document) {
    const found = top[0]?.e.name ?? "nothing";
    throw unreadable(
      source,
      `line ${top[0]?.e.line ?? root.line}`,
      `an Akoma Ntoso <${found}> is not read: only statement, doc, bill, act and debateReport hold a draft's text; nothing was imported`,
    );
  }
  const blocks: SourceBlock[] = [];
  const title = { found: false };
  let body = false;
  for (const part of childrenOf(document)) {
    const name = part.e.name;
    if (name === "meta") continue;
    if (name === "coverPage" || name === "preface") readPreface(part, blocks, title);
    else if (name === "preamble") readPreamble(part, blocks);
    else if (BODIES.has(name)) {
      body = true;
      readBody(part, blocks);
    } else if (flat(part.e))
      blocks.push(
        left(part, `the ${name} (${name === "conclusions" ? "signatures, places and dates" : "not a draft's text"}) is not read`),
      );
  }
  if (!body) throw unreadable(source, `line ${document.e.line}`, `the <${document.e.name}> has no mainBody or body`);
  return { blocks, language: languageOf(document.e) };
};
