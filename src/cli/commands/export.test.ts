import { Command } from "commander";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pdfText } from "../../documents/testing.js";
import { loadReferenceStage } from "../../reference-stages/load.js";
import { accountWith, testApp } from "../../test-support/app.js";
import { register } from "./export.js";

const dir = mkdtempSync(join(tmpdir(), "rapporteur-export-"));

const run = async (...args: string[]): Promise<{ exitCode: number; errors: string }> => {
  const program = new Command("rapporteur").exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  register(program);
  let errors = "";
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => {
    errors += `${parts.join(" ")}\n`;
  });
  process.exitCode = 0;
  await program.parseAsync(["node", "rapporteur", "export", ...args]);
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { exitCode, errors };
};

describe("rapporteur export", () => {
  beforeEach(() => vi.stubEnv("DATABASE_URL", `sqlite:${join(dir, "rapporteur.db")}`));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("writes the information note of the reference case, loading it into an empty database first", async () => {
    const out = join(dir, "note-ar.pdf");
    const { exitCode } = await run("information-note", "--symbol", "FEM/32/5.Inf-1", "--lang", "ar", "--format", "pdf", "--out", out);
    expect(exitCode).toBe(0);
    expect(pdfText(readFileSync(out))).toContain("منتدى النساء البرلمانيات");
  });

  it("writes the draft's documents in every format", async () => {
    for (const [document, format] of [
      ["amendments", "docx"],
      ["annotated-table", "html"],
      ["revised-draft", "akn"],
    ] as const) {
      const out = join(dir, `${document}.${format}`);
      expect((await run(document, "--symbol", "C-III/143/DR", "--lang", "en", "--format", format, "--out", out)).exitCode).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
  });

  it("writes the group and participation reports named by the information note's symbol", async () => {
    const group = join(dir, "group-ar.pdf");
    expect((await run("group-report", "--symbol", "FEM/32/5.Inf-1/G2", "--lang", "ar", "--format", "pdf", "--out", group)).exitCode).toBe(
      0,
    );
    expect(pdfText(readFileSync(group))).toContain("تقرير مجموعة النقاش");
    const participation = join(dir, "participation.html");
    expect(
      (await run("participation-report", "--symbol", "FEM/32/5.Inf-1", "--lang", "en", "--format", "html", "--out", participation))
        .exitCode,
    ).toBe(0);
    expect(readFileSync(participation, "utf8")).toContain("Participation by gender and age");
  });

  it("exits non-zero, naming the expected form, for a symbol that names no group", async () => {
    const out = join(dir, "report.pdf");
    const { exitCode, errors } = await run("group-report", "--symbol", "FEM/32/5.Inf-1", "--lang", "en", "--format", "pdf", "--out", out);
    expect(exitCode).toBe(1);
    expect(errors).toMatch(/named by the information note's symbol and the group number, e.g. FEM\/32\/5.Inf-1\/G1/);
    expect(existsSync(out)).toBe(false);
    await expect(run("minutes", "--symbol", "X", "--lang", "en", "--format", "pdf", "--out", out)).rejects.toThrow(
      /Allowed choices are information-note/,
    );
  });

  it("finds the current revision of a draft and names the amendments that produced it", async () => {
    const t = await testApp("sqlite");
    try {
      await accountWith(t, "admin@rapporteur.local", [{ role: "secretariat", scope: null }]);
      await loadReferenceStage(t.store, "adopted");
      vi.stubEnv("DATABASE_URL", t.store.url);
      const said: string[] = [];
      const out = join(dir, "revised.html");
      const program = new Command("rapporteur").exitOverride();
      register(program);
      vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void said.push(parts.join(" ")));
      await program.parseAsync([
        "node",
        "rapporteur",
        "export",
        "revised-draft",
        "--symbol",
        "C-III/143/DR",
        "--lang",
        "en",
        "--format",
        "html",
        "--out",
        out,
      ]);
      expect(readFileSync(out, "utf8")).toContain("C-III/143/DR/Rev.1");
      const numbers = (
        await t.store.db
          .selectFrom("amendments")
          .select("number")
          .where("status", "in", ["accepted", "accepted_as_revised"])
          .where("tabled_by", "=", "")
          .orderBy("number")
          .execute()
      ).map((a) => a.number);
      expect(said.at(-1)).toBe(
        `The current revision is C-III/143/DR/Rev.1 (revised on 2021-11-28, adopted on 2021-11-28), from C-III/143/DR by amendment(s) ${numbers.join(", ")}.`,
      );
    } finally {
      await t.close();
    }
  }, 120_000);
});
