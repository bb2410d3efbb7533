import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { amendment, pid } from "../../domain/text/test-factories.js";
import { importDraft } from "../import/import-draft.js";
import { exportAmendmentListAkn } from "./export-amendments.js";
import { exportDraftAkn } from "./export-draft.js";
import { validateAkn } from "./xmllint.js";

const IDENTITY = { name: "FEM/32/5", date: "2021-11-26", author: "Forum of Women Parliamentarians" };
const bytes = (text: string) => new TextEncoder().encode(text);

const TEXT = `Legislation worldwide to combat online child sexual exploitation & <abuse>

The 143rd Assembly of the Inter-Parliamentary Union,

Recalling the Convention on the Rights of the Child,

1. Calls upon parliaments to adopt "survivor-centred" legislation;

2. Urges governments:
(a) to criminalize online grooming;
(b) to protect victims' privacy;
`;

describe("Akoma Ntoso", () => {
  it("exports a draft that the AKN 3.0 schema accepts, in each language", async () => {
    const ar = await importDraft(bytes("مشروع قرار\n\nإذ تشير إلى اتفاقية حقوق الطفل،\n\n1- تدعو البرلمانات إلى اعتماد تشريعات؛"), {
      source: "ar.txt",
      language: "ar",
    });
    const en = await importDraft(bytes(TEXT), { source: "en.txt", language: "en" });
    expect(validateAkn(exportDraftAkn(en.draft, "en", { identity: IDENTITY, preface: en.preface }))).toBe("");
    expect(validateAkn(exportDraftAkn(ar.draft, "ar", { identity: IDENTITY }))).toBe("");
    expect(validateAkn(exportDraftAkn(en.draft, "fr", { identity: IDENTITY }))).toBe("");
  });

  it("marks a missing translation instead of falling back to another language", async () => {
    const en = await importDraft(bytes(TEXT), { source: "en.txt", language: "en" });
    const xml = exportDraftAkn(en.draft, "fr", { identity: IDENTITY });
    expect(xml).toContain('<p class="translation-missing"/>');
    expect(xml).not.toContain("Calls upon");
  });

  it("exports an amendment list that the schema accepts", async () => {
    const { draft } = await importDraft(bytes(TEXT), { source: "en.txt", language: "en" });
    const xml = exportAmendmentListAkn(
      draft,
      [
        amendment("A1", {
          action: "amend",
          target: pid("p2"),
          text: "Calls upon all parliaments to adopt legislation;",
          justification: "Scope & <gender>",
          author: "Forum",
        }),
        amendment("A2", { action: "delete", target: pid("p1"), status: "submitted" }),
        amendment("A3", { action: "insert", after: pid("p3.1"), text: "to train police;", status: "rejected" }),
      ].map((a, i) => ({ amendment: a, number: i + 1, label: `Amendment ${i + 1}`, heading: `${a.action} — ${a.status}` })),
      "en",
      IDENTITY,
    );
    expect(validateAkn(xml)).toBe("");
    expect(xml).toContain(
      '<amendmentHeading xml:lang="en"><p><docNumber>Amendment 3</docNumber> — insert — rejected</p></amendmentHeading>',
    );
    expect(xml).toContain("<ins>all </ins>");
    expect(xml).toContain("Scope &amp; &lt;gender&gt;");
  });

  it("reads back what it exports, ids included", async () => {
    const first = await importDraft(bytes(TEXT), { source: "en.txt", language: "en" });
    const xml = exportDraftAkn(first.draft, "en", { identity: IDENTITY, preface: first.preface });
    const again = await importDraft(bytes(xml), { source: "draft.akn.xml", language: "fr" });
    expect(again.draft).toEqual(first.draft);
    expect(again.preface).toBe(first.preface);
  });

  it("keeps structure and text through import → AKN → import for any wording", async () => {
    const word = fc.constantFrom("parliaments", "البرلمانات", "niñas", "élue", "d'urgence", "2021", "&", "<b>", '"quoted"', "إلى");
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
    const paragraphs = fc.tuple(
      fc.array(sentence, { maxLength: 4 }),
      fc.array(fc.tuple(sentence, fc.array(sentence, { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(paragraphs, async ([pre, ops]) => {
        const text = [
          "Draft resolution",
          ...pre.map((s) => `Recalling ${s},`),
          ...ops.map(([s, subs], i) => [`${i + 1}. Calls upon ${s};`, ...subs.map((x, j) => `(${"abc"[j]}) ${x};`)].join("\n")),
        ].join("\n\n");
        const first = await importDraft(bytes(text), { source: "p.txt", language: "en" });
        const xml = exportDraftAkn(first.draft, "en", { identity: IDENTITY });
        const again = await importDraft(bytes(xml), { source: "p.xml", language: "en" });
        expect(again.draft).toEqual(first.draft);
      }),
      { numRuns: 60 },
    );
  });

  it("reads a hand-written AKN resolution with recitals, a formula and sub-paragraphs", async () => {
    const xml = readFileSync(new URL("./fixtures/hand-written-resolution.xml", import.meta.url));
    expect(validateAkn(xml.toString())).toBe("");
    const read = await importDraft(new Uint8Array(xml), { source: "hand-written-resolution.xml", language: "fr" });
    expect(read.language).toBe("en");
    expect(read.draft.title?.versions.en?.text).toBe("Legislation worldwide to combat online child sexual exploitation & abuse");
    expect(read.preface).toBe("The 143rd Assembly of the Inter-Parliamentary Union,");
    expect(read.draft.paragraphs.map((p) => [p.kind, p.subParagraphs.length])).toEqual([
      ["preambular", 0],
      ["preambular", 0],
      ["operative", 0],
      ["operative", 2],
    ]);
    expect(read.draft.paragraphs[3]?.subParagraphs[1]?.text.versions.en?.text).toBe("to protect the privacy of victims;");
  });
});
