import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { docxBlocks } from "./docx.js";
import { deepWordFile, wordBomb, zipOf } from "./zip.factories.js";
import { checkWordZip, scanXml, ZIP_LIMITS } from "./zip-limits.js";

const timed = async (run: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> => {
  const start = performance.now();
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - start };
};

describe("Word file limits", () => {
  it("accepts a real Word file", async () => {
    const bytes = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Recalling the Convention,")] }] })),
    );
    expect(() => checkWordZip(bytes, "d.docx")).not.toThrow();
    expect(await docxBlocks(bytes, "d.docx")).toHaveLength(1);
  });

  it("refuses a 150 MB bomb from its declared size, before inflating it", async () => {
    const bomb = await wordBomb(150);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { error, ms } = await timed(() => docxBlocks(bomb, "bomb.docx"));
    expect((error as Error).message).toMatch(/bomb.docx, word\/document.xml: the part would expand to 15\d\.\d MB, more than the 32.0 MB/);
    expect(ms).toBeLessThan(2000);
  });

  it("refuses a bomb that lies about its size, stopping the inflation at the declared size", async () => {
    const bomb = await wordBomb(150, 1000);
    const { error } = await timed(() => docxBlocks(bomb, "liar.docx"));
    expect((error as Error).message).toMatch(/liar.docx, word\/document.xml: the part expands beyond the 0.0 MB its header declares/);
  });

  it("refuses parts that together expand past the total", () => {
    const part = Buffer.alloc(20 * 1024 * 1024, 0x20);
    const zip = zipOf([1, 2, 3].map((n) => ({ name: `word/media/${n}.bin`, data: part })));
    expect(() => checkWordZip(zip, "many.docx")).toThrow(/many.docx, ZIP container: the Word file would expand to more than 48.0 MB/);
  });

  it("refuses deeply nested XML, and a DTD", async () => {
    const { error, ms } = await timed(() => docxBlocks(deepWordFile(100_000), "deep.docx"));
    expect((error as Error).message).toMatch(
      new RegExp(`deep.docx, word/document.xml: the XML is nested more than ${ZIP_LIMITS.xmlDepth} levels deep`),
    );
    expect(ms).toBeLessThan(2000);
    expect(() => scanXml(Buffer.from('<!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>'), "d.docx", "word/document.xml")).toThrow(/declares a DTD/);
  });

  it("counts depth and paragraphs through comments, CDATA and quoted '>'", () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><w:body><!-- <a><b> --><w:p w:x="a>b"><w:r><![CDATA[<c>]]></w:r></w:p><w:p/><w:pPr/></w:body>',
    );
    expect(scanXml(xml, "d.docx", "x")).toEqual({ depth: 3, paragraphs: 2 });
  });

  it("refuses more paragraphs than a draft resolution has", () => {
    const body = "<w:p/>".repeat(ZIP_LIMITS.paragraphs + 1);
    const zip = zipOf([{ name: "word/document.xml", data: Buffer.from(`<w:body>${body}</w:body>`) }]);
    expect(() => checkWordZip(zip, "long.docx")).toThrow(/more than 10000 paragraphs/);
  });
});
