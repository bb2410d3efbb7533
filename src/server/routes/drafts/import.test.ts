import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { SittingId } from "../../../domain/ids.js";

type Who = { cookie: string; csrfToken: string };

const docxOf = async (lines: string[]): Promise<string> => {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return (await Packer.toBuffer(doc)).toString("base64");
};

const MARKDOWN = [
  "# Protecting children online",
  "",
  "Recalling the Convention on the Rights of the Child,",
  "",
  "Deeply concerned by the growth of online exploitation,",
  "",
  "1. Calls upon parliaments to adopt laws against online child sexual exploitation;",
  "2. Urges governments to cooperate across borders:",
  "   (a) by sharing evidence;",
  "   (b) by training investigators;",
  "3. Decides to remain seized of the matter.",
].join("\n");

describe.each(storeKinds())("draft import API on %s", (kind) => {
  let t: TestApp;
  let sittingId: SittingId;
  let secretariat: Who;
  let participant: Who;

  const call = (who: Who | null, method: "GET" | "POST", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload: payload as object } : {}),
      headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {},
    });
  const counts = async () => ({
    drafts: (
      await t.store.db
        .selectFrom("draft_resolutions")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
    paragraphs: (
      await t.store.db
        .selectFrom("paragraphs")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
    events: (
      await t.store.db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  });

  beforeAll(async () => {
    t = await testApp(kind);
    sittingId = (await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id;
    await accountWith(t, "secretariat@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "participant@example.org", [{ role: "participant", scope: "group:g1" }]);
    secretariat = await signIn(t, "secretariat@example.org");
    participant = await signIn(t, "participant@example.org");
  });
  afterAll(async () => t.close());

  it("previews a Word file built on the spot: kinds, labels, where and why, saving nothing", async () => {
    const before = await counts();
    const contentBase64 = await docxOf([
      "Legislation to combat online child sexual exploitation",
      "Recalling the Optional Protocol on the sale of children,",
      "Calls upon parliaments to criminalize online grooming;",
      "Urges States to fund victim support services.",
    ]);
    const res = await call(secretariat, "POST", "/api/v1/drafts/import-preview", { filename: "draft.docx", contentBase64 });
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ format: "docx", language: "en", title: "Legislation to combat online child sexual exploitation" });
    expect(preview.paragraphs.map((p: { label: string; kind: string }) => `${p.label}:${p.kind}`)).toEqual([
      "PP1:preambular",
      "OP1:operative",
      "OP2:operative",
    ]);
    expect(preview.paragraphs[0].reason).toMatch(/recalling/i);
    expect(preview.paragraphs[1].where).not.toBe("");
    expect(preview.decisions.find((d: { role: string }) => d.role === "title")).toBeDefined();
    expect(await counts()).toEqual(before);
  });

  it("previews Markdown with sub-paragraphs and guesses the language of an Arabic text", async () => {
    const md = await call(secretariat, "POST", "/api/v1/drafts/import-preview", {
      filename: "draft.md",
      contentBase64: Buffer.from(MARKDOWN).toString("base64"),
    });
    expect(md.statusCode).toBe(200);
    const ops = md.json().paragraphs.filter((p: { kind: string }) => p.kind === "operative");
    expect(ops).toHaveLength(3);
    expect(ops[1].subParagraphs.map((s: { label: string }) => s.label)).toEqual(["OP2(a)", "OP2(b)"]);
    const arabic = "إذ تشير إلى اتفاقية حقوق الطفل،\n\n1. تدعو البرلمانات إلى سن التشريعات اللازمة؛\n";
    const ar = await call(secretariat, "POST", "/api/v1/drafts/import-preview", {
      filename: "draft.txt",
      contentBase64: Buffer.from(arabic).toString("base64"),
    });
    expect(ar.statusCode).toBe(200);
    expect(ar.json().language).toBe("ar");
    expect(ar.json().paragraphs.map((p: { kind: string }) => p.kind)).toEqual(["preambular", "operative"]);
  });

  it("carries the front matter and what was left out, each with its place, and reads the language of a Word file", async () => {
    const contentBase64 = await docxOf([
      "Union interparlementaire",
      "C-III/143/DR",
      "Législation contre l'exploitation des enfants en ligne",
      "Projet de résolution présenté par les co-rapporteuses",
      "La 143e Assemblée de l'Union interparlementaire,",
      "Rappelant la Convention relative aux droits de l'enfant,",
      "Article 1",
      "Demande aux parlements d'agir ;",
    ]);
    const res = await call(secretariat, "POST", "/api/v1/drafts/import-preview", { filename: "projet.docx", contentBase64 });
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({
      language: "fr",
      title: "Législation contre l'exploitation des enfants en ligne",
      preface: "La 143e Assemblée de l'Union interparlementaire,",
    });
    expect(preview.frontMatter.map((f: { role: string; where: string }) => [f.role, f.where])).toEqual([
      ["masthead", "paragraph 1"],
      ["symbol", "paragraph 2"],
      ["sponsor line", "paragraph 4"],
    ]);
    expect(preview.leftOut).toEqual([
      {
        text: "Article 1",
        where: "paragraph 7",
        why: expect.stringMatching(/article heading/),
        because: [{ code: "article_heading", params: {} }],
      },
    ]);
    expect(preview.paragraphs.map((p: { kind: string }) => p.kind)).toEqual(["preambular", "operative"]);
  });

  it("refuses a junk file with where and why, and saves nothing", async () => {
    const before = await counts();
    const junk = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 400 }, (_, i) => (i * 37) % 256)]).toString("base64");
    const res = await call(secretariat, "POST", "/api/v1/drafts/import-preview", { filename: "broken.docx", contentBase64: junk });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe("validation_failed");
    expect(error.message).toContain("broken.docx");
    expect(error.issues[0].path).toMatch(/^broken\.docx:/);
    expect(error.issues[0].message.length).toBeGreaterThan(0);
    // The reason and its values, for each interface language to word; the English message stays for the CLI.
    expect(error.reason).toMatchObject({ code: "file_unreadable", params: { file: "broken.docx" } });
    const notBase64 = await call(secretariat, "POST", "/api/v1/drafts/import-preview", { filename: "x.txt", contentBase64: "***" });
    expect(notBase64.statusCode).toBe(400);
    expect(notBase64.json().error.issues[0]).toMatchObject({ path: "body.contentBase64", problem: { code: "invalid", params: {} } });
    expect(await counts()).toEqual(before);
  });

  it("saves the corrected paragraphs in one transaction with an event, and the draft reads back labelled", async () => {
    const before = await counts();
    const body = {
      symbol: "TEST/1/DR",
      title: "Protecting children online",
      language: "en",
      source: "draft.md",
      paragraphs: [
        { kind: "preambular", text: "Recalling the Convention on the Rights of the Child,", subParagraphs: [] },
        {
          kind: "operative",
          text: "Calls upon parliaments to act;",
          subParagraphs: ["by sharing evidence;", "by training investigators;"],
        },
      ],
    };
    const res = await call(secretariat, "POST", `/api/v1/sittings/${sittingId}/drafts`, body);
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const after = await counts();
    expect(Number(after.drafts)).toBe(Number(before.drafts) + 1);
    expect(Number(after.paragraphs)).toBe(Number(before.paragraphs) + 2);
    expect(Number(after.events)).toBe(Number(before.events) + 1);
    const draft = (await call(secretariat, "GET", `/api/v1/drafts/${id}`)).json();
    expect(draft.paragraphs.map((p: { label: string }) => p.label)).toEqual(["PP1", "OP1"]);
    expect(draft.paragraphs[1].subParagraphs.map((s: { label: string; letter: string }) => [s.label, s.letter])).toEqual([
      ["OP1(a)", "(a)"],
      ["OP1(b)", "(b)"],
    ]);
    expect(draft.published).toBe(false);
    expect((await call(null, "GET", `/api/v1/drafts/${id}`)).statusCode).toBe(404);

    const again = await call(secretariat, "POST", `/api/v1/sittings/${sittingId}/drafts`, body);
    expect(again.statusCode).toBe(409);
    const misordered = await call(secretariat, "POST", `/api/v1/sittings/${sittingId}/drafts`, {
      ...body,
      symbol: "TEST/2/DR",
      paragraphs: [body.paragraphs[1], body.paragraphs[0]],
    });
    expect(misordered.statusCode).toBe(400);
    expect(misordered.json().error.issues[0].path).toBe("body.paragraphs[1].kind");
    expect(await counts()).toEqual(after);
  });

  it("keeps an IPU draft's masthead, symbol, sponsor line and enacting formula with the draft, shows them and prints the formula", async () => {
    const contentBase64 = await docxOf([
      "Inter-Parliamentary Union",
      "For democracy. For everyone.",
      "143rd IPU Assembly",
      "Madrid (Spain), 26–30 November 2021",
      "C-III/143/DR",
      "Legislation worldwide to combat online child sexual exploitation and abuse",
      "Draft resolution submitted by the co-Rapporteurs Ms. A (Country) and Mr. B (Country)",
      "The 143rd Assembly of the Inter-Parliamentary Union,",
      "Recalling the Convention on the Rights of the Child,",
      "Deeply concerned by the growth of online exploitation,",
      "1. Calls upon parliaments to adopt laws against online child sexual exploitation;",
      "2. Decides to remain seized of the matter.",
    ]);
    const preview = (await call(secretariat, "POST", "/api/v1/drafts/import-preview", { filename: "ipu.docx", contentBase64 })).json();
    expect(preview.preface).toBe("The 143rd Assembly of the Inter-Parliamentary Union,");
    expect(preview.frontMatter.map((f: { role: string }) => f.role)).toEqual(expect.arrayContaining(["symbol", "sponsor line"]));
    const saved = await call(secretariat, "POST", `/api/v1/sittings/${sittingId}/drafts`, {
      symbol: "C-III/143/DR-imported",
      title: preview.title,
      language: preview.language,
      source: "ipu.docx",
      publish: true,
      preface: preview.preface,
      frontMatter: preview.frontMatter.map((f: { role: string; text: string }) => ({ role: f.role, text: f.text })),
      paragraphs: preview.paragraphs.map((p: { kind: string; text: string }) => ({ kind: p.kind, text: p.text, subParagraphs: [] })),
    });
    expect(saved.statusCode).toBe(201);
    const draft = (await call(participant, "GET", `/api/v1/drafts/${saved.json().id}`)).json();
    expect(draft.preface).toEqual({
      original: "en",
      versions: { en: { text: "The 143rd Assembly of the Inter-Parliamentary Union,", status: "final" } },
    });
    expect(draft.frontMatter).toContainEqual({ role: "symbol", text: "C-III/143/DR", language: "en" });
    expect(draft.frontMatter).toContainEqual(expect.objectContaining({ role: "sponsor line", language: "en" }));
    expect(draft.paragraphs.map((p: { label: string }) => p.label)).toEqual(["PP1", "PP2", "OP1", "OP2"]);

    const exported = (format: string) =>
      call(null, "GET", `/api/v1/documents/export?document=revised-draft&symbol=C-III%2F143%2FDR-imported&lang=en&format=${format}`);
    const html = await exported("html");
    expect(html.statusCode).toBe(200);
    const text = html.body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text.indexOf("The 143rd Assembly of the Inter-Parliamentary Union,")).toBeGreaterThan(-1);
    expect(text.indexOf("The 143rd Assembly of the Inter-Parliamentary Union,")).toBeLessThan(text.indexOf("Recalling the Convention"));
    const akn = await exported("akn");
    expect(akn.body).toContain(
      '<formula name="enactingFormula" eId="formula_1"><p>The 143rd Assembly of the Inter-Parliamentary Union,</p></formula>',
    );

    const tooMany = await call(secretariat, "POST", `/api/v1/sittings/${sittingId}/drafts`, {
      symbol: "X/9",
      title: "X",
      language: "en",
      frontMatter: [{ role: "publisher", text: "Somebody" }],
      paragraphs: [{ kind: "operative", text: "Decides;" }],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.issues[0].path).toMatch(/^body\.frontMatter/);
  });

  it("lets neither a participant nor the public import", async () => {
    const contentBase64 = Buffer.from(MARKDOWN).toString("base64");
    expect((await call(participant, "POST", "/api/v1/drafts/import-preview", { filename: "d.md", contentBase64 })).statusCode).toBe(403);
    expect((await call(null, "POST", "/api/v1/drafts/import-preview", { filename: "d.md", contentBase64 })).statusCode).toBe(401);
    const save = { symbol: "X/1", title: "X", language: "en", paragraphs: [{ kind: "operative", text: "Decides;" }] };
    expect((await call(participant, "POST", `/api/v1/sittings/${sittingId}/drafts`, save)).statusCode).toBe(403);
  });
});
