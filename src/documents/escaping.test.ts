import { describe, expect, it } from "vitest";
import type { DocumentModel } from "./model.js";
import { run } from "./model.js";
import { documentToDocx } from "./render/docx.js";
import { documentToHtml } from "./render/html.js";
import { documentToPdf } from "./render/pdf.js";
import { comparable, docxPart, pdfText } from "./testing.js";

const HOSTILE = [
  '#set page(width: 1pt) #panic("no")',
  "</p><script>alert(1)</script>",
  "Tom &amp; Jerry <w:t>x</w:t>",
  "*not bold* $x^2$ ] [ #sys.inputs",
];

const model = (language: "en" | "ar"): DocumentModel => ({
  language,
  symbol: "X/1 #set",
  name: HOSTILE[1] as string,
  masthead: {
    date: "2021-11-26",
    organisation: [],
    gathering: [],
    start: [[run(HOSTILE[0] as string)]],
    end: [[run("X/1", { ltr: true })]],
  },
  title: [[run(HOSTILE[1] as string, { bold: true })]],
  blocks: [
    ...HOSTILE.map((text) => ({
      kind: "paragraph" as const,
      content: [
        run(text),
        run(" and "),
        run(text, { change: "insert" as const, revision: { author: text, date: "2021-11-26T10:00:00Z" } }),
      ],
    })),
    {
      kind: "table",
      widths: [1, 1],
      header: [[run(HOSTILE[2] as string)], [run("b")]],
      rows: [[[[run(HOSTILE[3] as string)]], [[run("c", { link: "https://example.org/?a=1&b=<2>" })]]]],
    },
  ],
  footnotes: [],
});

describe("user text with markup", () => {
  it("comes out of the PDF literally", () => {
    const text = comparable(pdfText(documentToPdf(model("en"))));
    for (const h of HOSTILE) expect(text).toContain(comparable(h));
  });

  it("comes out of a right-to-left PDF with every word, its neutral signs placed by the bidi algorithm", () => {
    const words = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "");
    const text = words(pdfText(documentToPdf(model("ar"))));
    for (const h of HOSTILE) expect(text).toContain(words(h));
  });

  it("is escaped in HTML and Word", async () => {
    const html = documentToHtml(model("en"));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Tom &amp;amp; Jerry &lt;w:t&gt;");
    expect(html).toContain('title="&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const xml = docxPart(await documentToDocx(model("en")));
    expect(xml).toContain("Tom &amp;amp; Jerry &lt;w:t&gt;x&lt;/w:t&gt;");
    expect(xml).toContain('w:author="&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
