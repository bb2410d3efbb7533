import { Document, Packer, Paragraph, HeadingLevel } from "docx";
import { describe, expect, it } from "vitest";
import { importDraft } from "./import-draft.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const kinds = (d: Awaited<ReturnType<typeof importDraft>>) => d.draft.paragraphs.map((p) => p.kind);

const wordFile = async (lines: Array<{ text: string; heading?: boolean }>): Promise<Uint8Array> =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({
        sections: [
          { children: lines.map((l) => new Paragraph({ text: l.text, heading: l.heading ? HeadingLevel.HEADING_1 : undefined })) },
        ],
      }),
    ),
  );

describe("importDraft", () => {
  it("reads an English plain-text draft with wrapped lines", async () => {
    const d = await importDraft(
      bytes("Title of the draft\n\nRecalling the Convention\non the Rights of the Child,\n\n1. Calls upon parliaments\nto act;\n"),
      { source: "d.txt", language: "en" },
    );
    expect(d.draft.title?.versions.en?.text).toBe("Title of the draft");
    expect(d.draft.paragraphs.map((p) => p.text.versions.en?.text)).toEqual([
      "Recalling the Convention on the Rights of the Child,",
      "Calls upon parliaments to act;",
    ]);
  });

  it("reads a French Markdown draft", async () => {
    const md =
      "# Législation contre l'exploitation\n\nRappelant la *Convention*,\n\n1. **Demande** aux parlements d'agir;\n2. Invite les gouvernements :\n   - à protéger les victimes;\n";
    const d = await importDraft(bytes(md), { source: "d.md", language: "fr" });
    expect(d.draft.title?.versions.fr?.text).toBe("Législation contre l'exploitation");
    expect(kinds(d)).toEqual(["preambular", "operative", "operative"]);
    expect(d.draft.paragraphs[1]?.text.versions.fr?.text).toBe("Demande aux parlements d'agir;");
    expect(d.draft.paragraphs[2]?.subParagraphs[0]?.text.versions.fr?.text).toBe("à protéger les victimes;");
  });

  it("reads characters escaped in Markdown as the characters, not as emphasis, links or code", async () => {
    const md = "# Rules\n\n1. Applies rule \\*A\\* and \\_B\\_ to \\[members\\] \\& \\#staff \\`x\\` \\<b\\>;\n";
    const d = await importDraft(bytes(md), { source: "d.md", language: "en" });
    expect(d.draft.paragraphs[0]?.text.versions.en?.text).toBe("Applies rule *A* and _B_ to [members] & #staff `x` <b>;");
  });

  it("reads nested Markdown lists at any depth, deeper points kept in their sub-paragraph", async () => {
    const md =
      "# Title\n\n1. Invites States:\n   1. to observe the Day;\n   2. to raise awareness of:\n      - the barriers;\n      - the violence;\n2. Decides to act.\n";
    const d = await importDraft(bytes(md), { source: "d.md" });
    expect(d.draft.paragraphs.map((p) => [p.kind, p.subParagraphs.map((s) => s.text.versions.en?.text)])).toEqual([
      ["operative", ["to observe the Day;", "to raise awareness of: the barriers; the violence;"]],
      ["operative", []],
    ]);
  });

  it("reads a Spanish Word draft", async () => {
    const file = await wordFile([
      { text: "Legislación para combatir la explotación sexual infantil en línea", heading: true },
      { text: "Recordando la Convención sobre los Derechos del Niño," },
      { text: "Profundamente preocupada por el aumento de los abusos," },
      { text: "1. Insta a los parlamentos a legislar;" },
      { text: "(a) tipificar el acoso en línea;" },
    ]);
    const d = await importDraft(file, { source: "d.docx", language: "es" });
    expect(d.draft.title?.versions.es?.text).toBe("Legislación para combatir la explotación sexual infantil en línea");
    expect(kinds(d)).toEqual(["preambular", "preambular", "operative"]);
    expect(d.draft.paragraphs[2]?.subParagraphs).toHaveLength(1);
  });

  it("reads an Arabic text draft and explains every decision", async () => {
    const d = await importDraft(
      bytes(
        "إذ تشير إلى اتفاقية حقوق الطفل،\nوإذ تدرك خطورة الاستغلال،\n1. تدعو البرلمانات إلى اعتماد تشريعات؛\n(أ) تجريم الاستدراج؛\n2. تحث الحكومات على حماية الضحايا.",
      ),
      { source: "ar.txt", language: "ar" },
    );
    expect(kinds(d)).toEqual(["preambular", "preambular", "operative", "operative"]);
    expect(d.decisions.map((x) => x.where)).toEqual(["line 1", "line 2", "line 3", "line 4", "line 5"]);
    expect(d.decisions[0]?.reason).toMatch(/إذ/);
  });

  it("refuses a truncated Word file, saying where and why", async () => {
    const file = await wordFile([{ text: "Calls upon parliaments;" }]);
    await expect(importDraft(file.subarray(0, Math.floor(file.length / 2)), { source: "cut.docx", language: "en" })).rejects.toThrow(
      /cut.docx, ZIP container: the Word file is damaged or truncated/,
    );
  });

  it("refuses binary junk", async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    await expect(importDraft(junk, { source: "junk.bin", language: "en" })).rejects.toThrow(/junk.bin, byte \d+: not UTF-8 text/);
    await expect(importDraft(Uint8Array.from([65, 0, 66, 10]), { source: "nul.txt", language: "en" })).rejects.toThrow(
      /nul.txt, line 1: binary content/,
    );
  });

  it("refuses a 50 MB text before reading it", async () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(97);
    await expect(importDraft(huge, { source: "huge.txt", language: "en" })).rejects.toThrow(/huge.txt: 50.0 MB is more than the 5 MB/);
  });

  it("refuses an XML bomb", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><akomaNtoso>&b;</akomaNtoso>`;
    await expect(importDraft(bytes(bomb), { source: "bomb.xml", language: "en" })).rejects.toThrow(
      /DOCTYPE or entity declaration is not allowed/,
    );
  });

  it("refuses a file with no paragraph", async () => {
    await expect(importDraft(bytes("Just a title"), { source: "t.txt", language: "en" })).rejects.toThrow(/no paragraph/);
  });
});
