import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstUnstorable, stripUnstorable, withoutUnstorable } from "../../domain/unstorable-text.js";
import { loadMeetingFixture, readMeetingFixture } from "../../store/reference-case/load.js";
import { Writer } from "../../store/write.js";
import { freshStore, type TestStore } from "../../test-support/stores.js";
import { validateAkn } from "../akn/xmllint.js";
import { exportDocument } from "../export.js";
import { amendReferenceDraft, DRAFT_SYMBOL, SECRETARIAT } from "../testing.js";

/** xmllint's complaints about every XML part of a Word file; empty when each part is well-formed. */
const wordXmlFaults = (docx: Uint8Array): string => {
  const dir = mkdtempSync(join(tmpdir(), "docx-"));
  writeFileSync(join(dir, "d.docx"), docx);
  execFileSync("unzip", ["-q", join(dir, "d.docx"), "-d", join(dir, "parts")]);
  const parts = readdirSync(join(dir, "parts"), { recursive: true, encoding: "utf8" }).filter((p) => /\.(xml|rels)$/.test(p));
  expect(parts).toContain(join("word", "document.xml"));
  return parts
    .map((part) => {
      try {
        execFileSync("xmllint", ["--noout", join(dir, "parts", part)], { stdio: "pipe" });
        return "";
      } catch (error) {
        return `${part}: ${String((error as { stderr?: Buffer }).stderr)}`;
      }
    })
    .join("");
};

describe("control characters in stored text", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore("sqlite");
    await loadMeetingFixture(new Writer(store), await readMeetingFixture());
    // As older data or an import could hold them: written straight to the store, not through the API.
    await amendReferenceDraft(store, { op1: "Urges\u0007 parliaments\u0000 to act\u001F now\uFFFF \uD800" });
  });
  afterAll(async () => store.dispose());

  it("are dropped, leaving every other character", () => {
    expect(stripUnstorable("a\u0007b\tc\nd\u0000e\uD83D\uDE00\uDC00")).toBe("ab\tc\nde\uD83D\uDE00");
    expect(withoutUnstorable({ a: ["x\u0001", { b: "y\u007F" }], n: 1, z: null })).toEqual({ a: ["x", { b: "y" }], n: 1, z: null });
  });

  it("leave an amendment's Word file valid XML, its Akoma Ntoso valid, its HTML clean", async () => {
    const request = { document: "amendments", symbol: DRAFT_SYMBOL, language: "en" } as const;
    const docx = await exportDocument(store.db, SECRETARIAT, { ...request, format: "docx" });
    expect(wordXmlFaults(docx.bytes)).toBe("");
    const akn = await exportDocument(store.db, SECRETARIAT, { ...request, format: "akn" });
    expect(validateAkn(akn.bytes.toString("utf8"))).toBe("");
    const html = (await exportDocument(store.db, SECRETARIAT, { ...request, format: "html" })).bytes.toString("utf8");
    expect(html).toContain("Urges");
    expect(firstUnstorable(html)).toBeNull();
  });
});
