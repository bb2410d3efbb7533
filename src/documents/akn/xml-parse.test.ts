import { describe, expect, it } from "vitest";
import { parseXml, textContent } from "./xml-parse.js";

describe("parseXml", () => {
  it("reads elements, attributes, entities, CDATA and namespaces", () => {
    const root = parseXml(
      '<?xml version="1.0"?><a:root xmlns:a="x" k=\'v &amp; w\'><b>1 &lt; 2 &#x627;</b><![CDATA[<raw>]]><c/></a:root>',
      "t.xml",
    );
    expect(root.name).toBe("root");
    expect(root.attributes.k).toBe("v & w");
    expect(textContent(root)).toBe("1 < 2 ا<raw>");
  });

  it("refuses an entity-expansion bomb without expanding anything", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>`;
    expect(() => parseXml(bomb, "bomb.xml")).toThrow(/bomb.xml, line 1: a DOCTYPE or entity declaration is not allowed/);
  });

  it("refuses undeclared entities, truncation and mismatched tags with the line", () => {
    expect(() => parseXml("<a>&ext;</a>", "f")).toThrow(/unknown entity &ext;/);
    expect(() => parseXml("<a>\n<b>\n", "f")).toThrow(/line 3: the file ends inside <b>; it is truncated/);
    expect(() => parseXml("<a>\n</b>", "f")).toThrow(/line 2: <\/b> does not close <a>/);
    expect(() => parseXml("just text", "f")).toThrow(/text outside the root element/);
  });

  it("bounds nesting depth", () => {
    expect(() => parseXml("<a>".repeat(200) + "</a>".repeat(200), "deep.xml")).toThrow(/nested deeper than 100/);
  });
});
