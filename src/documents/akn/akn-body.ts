import type { SourceBlock } from "../../domain/text/structure.js";
import { blockOf, childrenOf, flat, isMissing, whereOf, type Located } from "./akn-walk.js";

/** Units that hold a paragraph's own text. */
const UNITS = new Set([
  "paragraph",
  "article",
  "section",
  "clause",
  "rule",
  "subsection",
  "subclause",
  "subrule",
  "point",
  "item",
  "alinea",
  "indent",
  "proviso",
]);
/** Groups of units: their number and heading are structure, their units are read. */
const GROUPS = new Set([
  "division",
  "part",
  "chapter",
  "title",
  "book",
  "tome",
  "subdivision",
  "subpart",
  "subchapter",
  "subtitle",
  "level",
  "hcontainer",
  "debateSection",
  "container",
]);
/** Units below a paragraph: its sub-paragraphs. */
const SUBS = new Set(["subparagraph", "point", "item", "indent", "alinea", "list", "paragraph", "subsection", "clause", "subclause"]);
/** Block-level text directly in a body. */
const TEXT = new Set(["p", "blockContainer", "blockList", "tblock", "speech", "question", "answer", "narrative", "summary"]);
const STRUCTURE = new Set(["num", "heading", "subheading"]);

const left = (l: Located, why: string): SourceBlock => ({ text: flat(l.e), where: whereOf(l), kind: "left-out", note: why });

const OWN = new Set(["content", "intro"]);

/** The text of a point with every deeper point folded into it, their numbers kept: "to act: (i) now; (ii) together;". */
const pointText = (l: Located, withNumber = false): string =>
  childrenOf(l)
    .map((c) =>
      c.e.name === "num"
        ? withNumber
          ? flat(c.e)
          : ""
        : STRUCTURE.has(c.e.name)
          ? ""
          : SUBS.has(c.e.name)
            ? pointText(c, true)
            : flat(c.e),
    )
    .filter(Boolean)
    .join(" ");

const ownText = (l: Located): Located | undefined => childrenOf(l).find((c) => OWN.has(c.e.name));

/** A paragraph or sub-paragraph block from a unit or its content, a missing translation kept as missing. */
const unitBlock = (l: Located, at: Located, kind: "operative" | "sub-paragraph"): SourceBlock => {
  const own = OWN.has(l.e.name) ? l : ownText(l);
  const missing = isMissing(own?.e ?? l.e);
  const text = missing ? "" : OWN.has(l.e.name) ? flat(l.e) : pointText(l);
  const id = at.e.attributes.GUID ?? l.e.attributes.GUID;
  return { text, where: whereOf(at), kind, ...(missing ? { missing: true } : {}), ...(id ? { id } : {}) };
};

/**
 * Reads one unit: its own text (content, intro, or the intro of its list; for an article of several paragraphs,
 * the first) as one operative paragraph, its points and further paragraphs as sub-paragraphs, deeper points
 * folded into their sub-paragraph; its heading and wrap-up are named in what was left out.
 */
const readUnit = (l: Located, blocks: SourceBlock[]): void => {
  const kids = childrenOf(l);
  const list = kids.find((c) => c.e.name === "list");
  const listIntro = list ? ownText(list) : undefined;
  const subs: Located[] = [];
  for (const c of kids) {
    if (c.e.name === "list") subs.push(...childrenOf(c).filter((x) => x.e !== listIntro?.e && !STRUCTURE.has(x.e.name)));
    else if (SUBS.has(c.e.name)) subs.push(c);
  }
  const head = ownText(l) ?? listIntro ?? subs.shift();
  blocks.push(
    head
      ? unitBlock(head, l, "operative")
      : { text: flat(l.e), where: whereOf(l), kind: "operative", ...(l.e.attributes.GUID ? { id: l.e.attributes.GUID } : {}) },
  );
  for (const s of subs) blocks.push(unitBlock(s, s, "sub-paragraph"));
  for (const c of kids) {
    if (c.e.name === "heading" || c.e.name === "subheading")
      blocks.push(left(c, `the heading of a <${l.e.name}>: a paragraph has no heading`));
    else if (c.e.name === "wrapUp" || c.e.name === "wrap")
      blocks.push(left(c, "text after the points of a list: a draft paragraph has no place after its sub-paragraphs"));
    else if (!OWN.has(c.e.name) && c.e.name !== "num" && c.e.name !== "list" && !SUBS.has(c.e.name))
      blocks.push(left(c, `<${c.e.name}> inside a <${l.e.name}> is not read`));
  }
};

/** Whether a unit only groups others (a chapter-like article or section whose units have units of their own). */
const groupsUnits = (l: Located): boolean =>
  !ownText(l) &&
  childrenOf(l).some(
    (c) => GROUPS.has(c.e.name) || (UNITS.has(c.e.name) && childrenOf(c).some((x) => UNITS.has(x.e.name) && x.e.name !== "point")),
  );

/**
 * Reads a body (mainBody, body, debateBody): units as operative paragraphs with their points as sub-paragraphs,
 * groups (divisions, chapters, debate sections) by their units, direct text as paragraphs; anything else is named
 * in what was left out, with its path.
 */
export const readBody = (l: Located, blocks: SourceBlock[]): void => {
  for (const c of childrenOf(l)) {
    const name = c.e.name;
    if (STRUCTURE.has(name)) blocks.push(left(c, `the ${name} of a <${l.e.name}>: structure, not a paragraph`));
    else if (GROUPS.has(name) || (UNITS.has(name) && groupsUnits(c))) readBody(c, blocks);
    else if (UNITS.has(name)) readUnit(c, blocks);
    else if (TEXT.has(name)) blocks.push(blockOf(c, "operative"));
    else if (name === "componentRef" || name === "documentRef")
      blocks.push(left(c, `<${name}> points to another document, which is not read`));
    else blocks.push(left(c, `<${name}> is not read as part of a draft's text`));
  }
};
