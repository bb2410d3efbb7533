import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "../../bin/rapporteur.js");

/** Runs the built CLI and returns its exit code and output. */
const rapporteur = async (args: string[], env: Record<string, string>) => {
  try {
    const { stdout, stderr } = await run("node", [BIN, ...args], { env: { ...process.env, ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe("the rapporteur command", () => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-cli-"));

  it("stops on a bad DATABASE_URL with a message that says what to fix", async () => {
    const result = await rapporteur(["migrate"], { DATABASE_URL: "mysql://localhost/x" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL must start with sqlite: or postgres:\/\//);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("creates an admin with a one-time link, backs up, and refuses to restore over data", async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, "a.db")}` };
    const admin = await rapporteur(["create-admin", "--email", "clerk@example.org"], env);
    expect(admin.code).toBe(0);
    expect(admin.stdout).toMatch(/http:\/\/localhost:3000\/sign-in\/link\?token=\S{20,}/);
    const file = join(dir, "backup.jsonl");
    expect((await rapporteur(["backup", file], env)).code).toBe(0);
    const refused = await rapporteur(["restore", file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty.*--replace/);
    const other = { DATABASE_URL: `sqlite:${join(dir, "b.db")}` };
    const restored = await rapporteur(["restore", file], other);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored \d+ rows into sqlite/);
  });
});
