const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Characters XML 1.0 cannot carry at all (C0 controls, lone surrogates, U+FFFE/FFFF); they are dropped. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes a user text for XML content or attribute values, dropping what XML cannot represent. */
export const escapeXml = (text: string): string => text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);

/** Writes an element: attributes escaped, children already serialized. */
export const el = (name: string, attributes: Record<string, string | undefined>, ...children: string[]): string => {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v as string)}"`)
    .join("");
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join("")}</${name}>`;
};
