import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "../../domain/errors.js";
import { freshStore, type TestStore } from "../../test-support/stores.js";
import { backup, restore } from "../backup.js";
import { lastPosition } from "../events.js";
import { loadMeetingFixture, readMeetingFixture } from "../reference-case/load.js";
import { listSittings } from "../sittings.js";
import { Writer } from "../write.js";
import { verifyBackup } from "./verify.js";

describe("a damaged or edited backup", () => {
  let store: TestStore;
  let lines: string[];
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-verify-"));
  const variant = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  /** Restoring over the reference case: a refused file must leave it exactly as it was. */
  const refused = async (path: string, pattern: RegExp) => {
    const before = await lastPosition(store.db);
    const error = await restore(store, path, { replace: true }).then(
      () => null,
      (e: Error & { issues?: { path: string; message: string }[] }) => e,
    );
    expect(error).not.toBeNull();
    expect([error!.message, ...(error!.issues ?? []).map((i) => `${i.path}: ${i.message}`)].join("\n")).toMatch(pattern);
    expect(await lastPosition(store.db)).toBe(before);
    expect(await listSittings(store.db, false)).toHaveLength(1);
  };

  beforeAll(async () => {
    store = await freshStore("sqlite");
    await loadMeetingFixture(new Writer(store), await readMeetingFixture());
    await backup(store, join(dir, "whole.jsonl"));
    lines = readFileSync(join(dir, "whole.jsonl"), "utf8").split("\n");
  });
  afterAll(async () => store.dispose());

  it("is whole when untouched: the manifest's counts and last position come back", async () => {
    const verified = await verifyBackup(join(dir, "whole.jsonl"), { target: "postgres", acceptUnverified: false });
    expect(verified.version).toBe(2);
    expect(verified.lastPosition).toBe(await lastPosition(store.db));
    expect(verified.counts.paragraphs).toBeGreaterThan(0);
    await restore(store, join(dir, "whole.jsonl"), { replace: true });
  });

  it("is refused with lines deleted from the middle, naming the table", async () => {
    const at = lines.findIndex((l) => l.startsWith('{"t":"paragraphs"'));
    await refused(
      variant("deleted.jsonl", [...lines.slice(0, at), ...lines.slice(at + 2)].join("\n")),
      /paragraphs: \d+ rows where the manifest says \d+/,
    );
  });

  it("is refused with edited text, naming the table", async () => {
    const at = lines.findIndex((l) => l.startsWith('{"t":"paragraphs"'));
    const edited = lines.map((l, i) => (i === at ? l.replace("Recalling", "Recallinq") : l));
    expect(edited[at]).not.toBe(lines[at]);
    await refused(variant("edited.jsonl", edited.join("\n")), /damaged or was edited[\s\S]*paragraphs: its checksum differs/);
  });

  it("is refused when truncated, even at a line boundary", async () => {
    const text = lines.join("\n");
    await refused(variant("cut.jsonl", text.slice(0, Math.floor(text.length / 2))), /not valid JSON|truncated/);
    await refused(
      variant("cut-line.jsonl", lines.slice(0, lines.length - 2).join("\n")),
      /ends without its manifest: the file is truncated/,
    );
  });

  it("is refused when rows are moved to another place", async () => {
    const at = lines.findIndex((l) => l.startsWith('{"t":"paragraphs"'));
    const moved = [...lines.slice(0, at), ...lines.slice(at + 1, -2), lines[at]!, ...lines.slice(-2)];
    await refused(variant("moved.jsonl", moved.join("\n")), /a row of paragraphs after the rows of/);
  });

  it("is refused with text after its manifest", async () => {
    await refused(variant("appended.jsonl", [...lines.slice(0, -1), lines[1], ""].join("\n")), /text after the manifest/);
  });

  it("is refused in a newer format, and in a format without manifest unless accepted explicitly", async () => {
    const newer = lines.map((l, i) => (i === 0 ? l.replace("rapporteur-backup/2", "rapporteur-backup/3") : l));
    await refused(variant("newer.jsonl", newer.join("\n")), /format 3, written by a newer Rapporteur/);
    await refused(variant("other.jsonl", ['{"hello":1}', ...lines.slice(1)].join("\n")), /is not a Rapporteur backup/);
    const old = [lines[0]!.replace("rapporteur-backup/2", "rapporteur-backup/1"), ...lines.slice(1, -2), ""].join("\n");
    await refused(variant("old.jsonl", old), /format 1, which has no manifest[\s\S]*--accept-unverified/);
    await restore(store, join(dir, "old.jsonl"), { replace: true, acceptUnverified: true });
    expect(await listSittings(store.db, false)).toHaveLength(1);
  });

  it("is refused for PostgreSQL when a row holds a NUL character", async () => {
    const at = lines.findIndex((l) => l.startsWith('{"t":"paragraphs"'));
    const withNul = lines.map((l, i) => (i === at ? l.replace('"kind":"preambular"', '"kind":"pre\\u0000ambular"') : l));
    await expect(verifyBackup(variant("nul.jsonl", withNul.join("\n")), { target: "postgres", acceptUnverified: false })).rejects.toThrow(
      /damaged/,
    );
    const error = await verifyBackup(join(dir, "nul.jsonl"), { target: "postgres", acceptUnverified: false }).then(
      () => null,
      (e: DomainError) => e,
    );
    expect(JSON.stringify(error?.issues)).toMatch(/NUL character, which PostgreSQL cannot store/);
  });
});
