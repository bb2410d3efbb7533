import { Command } from "commander";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateAkn } from "../../documents/akn/xmllint.js";
import { register as registerConsolidate } from "./consolidate.js";
import { register as registerImport } from "./import-draft.js";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-cli-"));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const run = async (...args: string[]): Promise<{ out: string; error: Error | null }> => {
  const program = new Command("rapporteur").exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerImport(program);
  registerConsolidate(program);
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(["node", "rapporteur", ...args]);
    return { out, error: null };
  } catch (error) {
    return { out, error: error as Error };
  } finally {
    spy.mockRestore();
  }
};

const DRAFT = file(
  "draft.txt",
  "Draft title\n\nRecalling the Convention,\n\nWhereas girls are affected,\n\n1. Calls upon parliaments to act;\n\n2. Urges governments to report.\n",
);

afterEach(() => vi.restoreAllMocks());

describe("rapporteur import-draft", () => {
  it("prints the draft as JSON", async () => {
    const { out } = await run("import-draft", DRAFT, "--lang", "en", "--format", "json");
    const json = JSON.parse(out);
    expect(json.title).toBe("Draft title");
    expect(json.paragraphs.map((p: { label: string; kind: string }) => [p.label, p.kind])).toEqual([
      ["PP1", "preambular"],
      ["PP2", "preambular"],
      ["OP1", "operative"],
      ["OP2", "operative"],
    ]);
    expect(json.paragraphs[2]).toMatchObject({ id: "p3", text: "Calls upon parliaments to act;" });
  });

  it("prints the front matter and what was left out, and reads the language from the file", async () => {
    const path = file(
      "ipu.txt",
      "Inter-Parliamentary Union\nC-III/143/DR\nLegislation to protect children\nDraft resolution submitted by the co-Rapporteurs\nThe 143rd Assembly of the Inter-Parliamentary Union,\nRecalling the Convention,\nArticle 1\nParliaments shall act.\n",
    );
    const json = JSON.parse((await run("import-draft", path, "--format", "json")).out);
    expect(json).toMatchObject({
      title: "Legislation to protect children",
      language: "en",
      preface: "The 143rd Assembly of the Inter-Parliamentary Union,",
    });
    expect(json.frontMatter.map((f: { role: string; where: string }) => [f.role, f.where])).toEqual([
      ["masthead", "line 1"],
      ["symbol", "line 2"],
      ["sponsor line", "line 4"],
    ]);
    expect(json.leftOut).toEqual([{ text: "Article 1", where: "line 7", why: expect.stringMatching(/article heading/) }]);
    expect(json.paragraphs.map((p: { kind: string }) => p.kind)).toEqual(["preambular", "operative"]);
  });

  it("fails with the reason for an unreadable file", async () => {
    const { error } = await run("import-draft", file("junk.txt", "\u0000\u0001binary"), "--format", "json");
    expect(error?.message).toMatch(/junk.txt, line 1: binary content/);
    expect((error as { exitCode?: number }).exitCode).toBe(2);
  });
});

describe("rapporteur consolidate", () => {
  const amendments = file(
    "amendments.json",
    JSON.stringify([
      { id: "A1", action: "amend", target: "OP1", text: "Calls upon all parliaments to act;", status: "accepted" },
      { id: "A2", action: "delete", target: "PP2", status: "accepted" },
      {
        id: "A3",
        action: "insert",
        after: "OP1",
        kind: "operative",
        text: "Invites parliaments to consult survivors;",
        status: "accepted",
      },
      { id: "A4", action: "amend", target: "OP2", text: "Urges governments to report yearly.", status: "accepted" },
      { id: "A5", action: "amend", target: "p4", text: "Urges governments to report monthly.", status: "accepted" },
      { id: "A6", action: "amend", target: "OP1", text: "Calls upon parliaments to act now;", status: "rejected" },
    ]),
  );

  it("prints the consolidated text, renumbering, conflicts and voting order as JSON", async () => {
    const draftJson = file("draft.json", (await run("import-draft", DRAFT, "--format", "json")).out);
    const { out } = await run("consolidate", draftJson, amendments, "--format", "json");
    const json = JSON.parse(out);
    expect(json.paragraphs.map((p: { label: string; previousLabel: string }) => [p.previousLabel, p.label])).toEqual([
      ["PP1", "PP1"],
      ["OP1", "OP1"],
      ["new operative paragraph 1bis", "OP2"],
      ["OP2", "OP3"],
    ]);
    expect(json.paragraphs[1].changes).toContainEqual({ op: "insert", text: "all " });
    expect(json.paragraphs[1].amendments).toEqual(["A1"]);
    expect(json.renumbering).toEqual({ PP1: "PP1", OP1: "OP1", "new operative paragraph 1bis": "OP2", OP2: "OP3" });
    expect(json.conflicts).toEqual([{ target: "OP2", targetId: "p4", amendments: ["A4", "A5"] }]);
    expect(json.votingOrder.find((v: { target: string }) => v.target === "OP1")).toMatchObject({ order: ["A1", "A6"] });
  });

  it("writes Markdown, HTML and valid AKN", async () => {
    expect((await run("consolidate", DRAFT, amendments, "--format", "md")).out).toContain("~~Whereas girls are affected,~~");
    expect((await run("consolidate", DRAFT, amendments, "--format", "html")).out).toContain('<ins class="tc-ins">all </ins>');
    expect(validateAkn((await run("consolidate", DRAFT, amendments, "--format", "akn")).out)).toBe("");
  });

  it("prints the draft's enacting formula in Markdown and HTML, before the preamble", async () => {
    const withFormula = file(
      "formula.txt",
      "Draft title\n\nThe 143rd Assembly of the Inter-Parliamentary Union,\n\nRecalling the Convention,\n\n1. Calls upon parliaments to act;\n",
    );
    const none = file("none.json", "[]");
    const md = (await run("consolidate", withFormula, none, "--format", "md")).out;
    expect(md).toMatch(/The 143rd Assembly of the Inter-Parliamentary Union,\n\n\*\*PP1\*\* Recalling/);
    const html = (await run("consolidate", withFormula, none, "--format", "html")).out;
    expect(html).toContain('<p class="preface">The 143rd Assembly of the Inter-Parliamentary Union,</p>');
  });

  it("names the amendment and the field of bad input", async () => {
    const bad = file("bad.json", JSON.stringify([{ id: "B7", action: "amend", target: "OP9", text: "x", status: "accepted" }]));
    const { error } = await run("consolidate", DRAFT, bad);
    expect(error?.message).toMatch(/Amendment B7: target "OP9"/);
    const noStatus = file("nostatus.json", JSON.stringify([{ id: "B8", action: "amend", target: "OP1", text: "x" }]));
    expect((await run("consolidate", DRAFT, noStatus)).error?.message).toMatch(/Amendment B8: status/);
  });
});
