import { DomainError } from "../../domain/errors.js";

/** An element of a parsed XML document; names without namespace prefix. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<XmlElement | string>;
  readonly line: number;
}

const MAX_DEPTH = 100;
const MAX_NODES = 500_000;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const fail = (source: string, line: number, why: string): DomainError =>
  new DomainError("validation_failed", `${source}, line ${line}: ${why}`, [{ path: `${source}:${line}`, message: why }]);

/**
 * Parses XML without a DTD: a DOCTYPE or entity declaration is refused (no entity expansion, no external
 * fetch), only the five predefined entities and character references are read, depth and size are bounded.
 */
export const parseXml = (xml: string, source: string): XmlElement => {
  let line = 1;
  let nodes = 0;
  const lineAt = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 10) line++;
  };
  const decode = (text: string): string =>
    text.replace(/&([^;&\s]*);?/g, (all, ref: string) => {
      if (!all.endsWith(";")) throw fail(source, line, `"&" must start an entity reference such as &amp;`);
      if (ref.startsWith("#")) {
        const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!Number.isFinite(code) || code > 0x10ffff || code < 1) throw fail(source, line, `bad character reference &${ref};`);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[ref];
      if (value === undefined) throw fail(source, line, `unknown entity &${ref}; (entities are not expanded)`);
      return value;
    });
  const stack: Array<{ name: string; attributes: Record<string, string>; children: Array<XmlElement | string>; line: number }> = [];
  let root: XmlElement | null = null;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.children.push(decode(text));
      else if (text.trim()) throw fail(source, line, "text outside the root element");
      lineAt(i, textEnd);
    }
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) i = skip(xml, lt, "-->", source, line);
    else if (xml.startsWith("<![CDATA[", lt)) {
      const end = skip(xml, lt, "]]>", source, line);
      stack[stack.length - 1]?.children.push(xml.slice(lt + 9, end - 3));
      i = end;
    } else if (xml.startsWith("<!", lt))
      throw fail(source, line, "a DOCTYPE or entity declaration is not allowed (it could expand entities)");
    else if (xml.startsWith("<?", lt)) i = skip(xml, lt, "?>", source, line);
    else {
      const gt = findTagEnd(xml, lt);
      if (gt < 0) throw fail(source, line, "unterminated tag");
      const tag = xml.slice(lt + 1, gt);
      if (++nodes > MAX_NODES) throw fail(source, line, `more than ${MAX_NODES} elements`);
      if (tag.startsWith("/")) {
        const name = localName(tag.slice(1).trim());
        const open = stack.pop();
        if (!open || open.name !== name) throw fail(source, line, `</${name}> does not close <${open?.name ?? "nothing"}>`);
        const element: XmlElement = open;
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
      } else {
        const selfClosing = tag.endsWith("/");
        const element = readTag(selfClosing ? tag.slice(0, -1) : tag, decode, () =>
          fail(source, line, `malformed tag <${tag.slice(0, 40)}>`),
        );
        const open = { ...element, children: [] as Array<XmlElement | string>, line };
        if (root) throw fail(source, line, "more than one root element");
        if (selfClosing) {
          const parent = stack[stack.length - 1];
          if (parent) parent.children.push(open);
          else root = open;
        } else {
          stack.push(open);
          if (stack.length > MAX_DEPTH) throw fail(source, line, `elements nested deeper than ${MAX_DEPTH}`);
        }
      }
      lineAt(lt, gt);
      i = gt + 1;
    }
  }
  if (stack.length > 0) throw fail(source, line, `the file ends inside <${stack[stack.length - 1]?.name}>; it is truncated`);
  if (!root) throw fail(source, line, "no root element; this is not XML");
  return root;
};

const skip = (xml: string, from: number, end: string, source: string, line: number): number => {
  const at = xml.indexOf(end, from);
  if (at < 0)
    throw fail(source, line, `unterminated ${end === "-->" ? "comment" : end === "]]>" ? "CDATA section" : "processing instruction"}`);
  return at + end.length;
};

const findTagEnd = (xml: string, from: number): number => {
  let quote = "";
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
    else if (c === "<") return -1;
  }
  return -1;
};

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

const readTag = (
  tag: string,
  decode: (text: string) => string,
  malformed: () => DomainError,
): { name: string; attributes: Record<string, string> } => {
  const name = /^[^\s/>]+/.exec(tag)?.[0];
  if (!name) throw malformed();
  const attributes: Record<string, string> = {};
  const rest = tag.slice(name.length);
  const attr = /\s*([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = attr.exec(rest))) {
    attributes[m[1] as string] = decode(m[3] ?? m[4] ?? "");
    consumed = attr.lastIndex;
  }
  if (rest.slice(consumed).trim() !== "") throw malformed();
  return { name: localName(name), attributes };
};

/** The concatenated text of an element and its descendants. */
export const textContent = (element: XmlElement): string =>
  element.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");

/** Direct children with a given (local) name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);

/** The first descendant with a given (local) name, depth first. */
export const findFirst = (element: XmlElement, name: string): XmlElement | null => {
  for (const c of element.children) {
    if (typeof c === "string") continue;
    if (c.name === name) return c;
    const found = findFirst(c, name);
    if (found) return found;
  }
  return null;
};
