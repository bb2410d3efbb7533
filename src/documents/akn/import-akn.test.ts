import { describe, expect, it } from "vitest";
import { multilingual } from "../../domain/multilingual.js";
import { asId, type ParagraphId } from "../../domain/ids.js";
import type { DraftText } from "../../domain/text/draft-text.js";
import { importDraft } from "../import/import-draft.js";
import { exportDraftAkn } from "./export-draft.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const NS = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"';
const META = '<meta><identification source="#a"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>';

describe("Akoma Ntoso import", () => {
  it("reads an act: body, sections and articles of several paragraphs", async () => {
    const xml = `<akomaNtoso ${NS}><act name="act">${META}<preface><longTitle><p><docTitle>Online Safety of Children Act</docTitle></p></longTitle></preface>
      <body><section eId="sec_1"><num>Section 1</num><heading>Offences</heading>
        <article eId="art_1"><num>Article 1</num><paragraph eId="art_1__para_1"><content><p>Grooming a child online is an offence.</p></content></paragraph>
          <paragraph eId="art_1__para_2"><content><p>The offence is punished whatever the place where it is committed.</p></content></paragraph></article>
        <article eId="art_2"><num>Article 2</num><content><p>Platforms shall report abuse.</p></content></article></section></body></act></akomaNtoso>`;
    const d = await importDraft(bytes(xml), { source: "act.xml" });
    expect(d.draft.title?.versions.en?.text).toBe("Online Safety of Children Act");
    expect(d.draft.paragraphs.map((p) => [p.kind, p.subParagraphs.length])).toEqual([
      ["operative", 1],
      ["operative", 0],
    ]);
    expect(d.leftOut.map((l) => [l.text, l.where])).toEqual([
      ["Section 1", "/act/body/section/num (line 2)"],
      ["Offences", "/act/body/section/heading (line 2)"],
    ]);
  });

  it("reads a bill: citations as preambular paragraphs, articles in its body", async () => {
    const xml = `<akomaNtoso ${NS}><bill name="bill">${META}<preface><p><docNumber>Bill 12</docNumber></p><longTitle><p><docTitle>Child Online Protection Bill</docTitle></p></longTitle></preface>
      <preamble><citations><citation><p>Having regard to the Constitution,</p></citation></citations><formula name="enactingFormula"><p>Parliament enacts as follows:</p></formula></preamble>
      <body><article><num>1</num><content><p>Online grooming is an offence.</p></content></article></body></bill></akomaNtoso>`;
    const d = await importDraft(bytes(xml), { source: "bill.xml" });
    expect(d.frontMatter).toEqual([{ role: "masthead", text: "Bill 12", where: "/bill/preface/p (line 1)" }]);
    expect(d.preface).toBe("Parliament enacts as follows:");
    expect(d.draft.paragraphs.map((p) => [p.kind, p.text.versions.en?.text])).toEqual([
      ["preambular", "Having regard to the Constitution,"],
      ["operative", "Online grooming is an offence."],
    ]);
  });

  it("names what it does not read, with its path, and never drops it in silence", async () => {
    const xml = `<akomaNtoso ${NS}><statement name="resolution">${META}<mainBody><paragraph><content><p>Decides to act;</p></content></paragraph><table><tr><td><p>A table of figures</p></td></tr></table></mainBody></statement></akomaNtoso>`;
    const d = await importDraft(bytes(xml), { source: "s.xml" });
    expect(d.leftOut).toEqual([
      {
        text: "A table of figures",
        where: "/statement/mainBody/table (line 1)",
        why: "<table> is not read as part of a draft's text",
        because: [{ code: "source_marked", params: { note: "<table> is not read as part of a draft's text" } }],
      },
    ]);
  });

  it("refuses a document type that holds no draft, naming it", async () => {
    const xml = `<akomaNtoso ${NS}><judgment name="judgment">${META}<judgmentBody><p>x</p></judgmentBody></judgment></akomaNtoso>`;
    await expect(importDraft(bytes(xml), { source: "j.xml" })).rejects.toThrow(
      /an Akoma Ntoso <judgment> is not read: only statement, doc, bill, act and debateReport/,
    );
  });

  it("keeps a missing translation missing through export and import, labels unchanged", async () => {
    const t = (en: string, fr?: string) => multilingual("en", fr === undefined ? { en } : { en, fr });
    const draft: DraftText = {
      title: t("Title", "Titre"),
      paragraphs: [
        { id: asId<ParagraphId>("a"), kind: "preambular", text: t("Recalling the Charter,"), subParagraphs: [] },
        { id: asId<ParagraphId>("b"), kind: "preambular", text: t("Noting the report,", "Prenant note du rapport,"), subParagraphs: [] },
        {
          id: asId<ParagraphId>("c"),
          kind: "operative",
          text: t("Urges States:", "Exhorte les États :"),
          subParagraphs: [{ id: asId<ParagraphId>("c1"), text: t("to act;") }],
        },
      ],
    };
    const xml = exportDraftAkn(draft, "fr", { identity: { name: "X", date: "2021-11-26", author: "Forum" } });
    const back = await importDraft(bytes(xml), { source: "fr.xml" });
    expect(
      back.draft.paragraphs.map((p) => [
        p.id,
        p.kind,
        p.text.versions.fr?.text ?? null,
        p.subParagraphs.map((s) => s.text.versions.fr?.text ?? null),
      ]),
    ).toEqual([
      ["a", "preambular", null, []],
      ["b", "preambular", "Prenant note du rapport,", []],
      ["c", "operative", "Exhorte les États :", [null]],
    ]);
  });
});
