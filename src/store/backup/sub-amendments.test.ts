import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { recordProposal } from "../../commands/amendments/propose.js";
import { transitionAmendment } from "../../commands/amendments/transition.js";
import type { Principal } from "../../domain/authorization.js";
import type { ParagraphId } from "../../domain/ids.js";
import { freshStore, storeKinds, type TestStore } from "../../test-support/stores.js";
import { backup, restore } from "../backup.js";
import { loadDraft } from "../drafts.js";
import { loadMeetingFixture, readMeetingFixture } from "../reference-case/load.js";
import { Writer } from "../write.js";
import { LineDigest } from "./format.js";

const SECRETARIAT: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };
/** More amendments than one restore batch holds, so an amendment and its sub-amendment can fall in different batches. */
const FILLERS = 120;

/** Rewrites a backup with its amendment lines in a new order, and seals it again as a backup would be. */
const reorderAmendments = (path: string, order: (lines: string[]) => string[]): void => {
  const lines = readFileSync(path, "utf8").trimEnd().split("\n");
  const manifest = JSON.parse(lines.pop() as string) as {
    manifest: { tables: Record<string, { rows: number; sha256: string }>; sha256: string };
  };
  const isAmendment = (l: string) => l.startsWith('{"t":"amendments"');
  const first = lines.findIndex(isAmendment);
  const amendments = lines.filter(isAmendment);
  const rest = lines.filter((l) => !isAmendment(l));
  const reordered = [...rest.slice(0, first), ...order(amendments), ...rest.slice(first)];
  const table = new LineDigest();
  for (const l of order(amendments)) table.add(l);
  const whole = new LineDigest();
  for (const l of reordered) whole.add(l);
  manifest.manifest.tables.amendments = { rows: amendments.length, sha256: table.hex() };
  manifest.manifest.sha256 = whole.hex();
  writeFileSync(path, `${[...reordered, JSON.stringify(manifest)].join("\n")}\n`);
};

describe.each(storeKinds())("backup of sub-amendments on %s", (kind) => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.dispose()));
  });

  it("restores an amendment before its sub-amendments, whatever their order in the file", async () => {
    const source = await freshStore(kind);
    stores.push(source);
    const writer = new Writer(source);
    await loadMeetingFixture(writer, await readMeetingFixture());
    const row = await source.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    const draft = await loadDraft(source.db, row.id, true);
    const target = draft.text.paragraphs[0]!.id as ParagraphId;
    const original = draft.text.paragraphs[0]!.text.versions.en?.text ?? "";
    const { result: parent } = await writer.run(null, (ctx) =>
      recordProposal(ctx, draft, { action: "amend", target, text: `${original} Also.`, language: "en", submit: true }),
    );
    const { result: sub } = await writer.run(null, (ctx) =>
      recordProposal(ctx, draft, {
        action: "amend",
        parent: parent.amendment.id,
        text: `${original} Also now.`,
        language: "en",
        submit: true,
      }),
    );
    await writer.run(null, async (ctx) => {
      for (let i = 0; i < FILLERS; i++)
        await recordProposal(ctx, draft, { action: "amend", target, text: `${original} Number ${i}.`, language: "en", submit: false });
    });
    await writer.run(null, (ctx) => transitionAmendment(ctx, SECRETARIAT, parent.amendment.id, { type: "accept" }, parent.version));

    const file = join(mkdtempSync(join(tmpdir(), "rapporteur-sub-")), "b.jsonl");
    await backup(source, file);
    const written = readFileSync(file, "utf8");
    expect(written.indexOf(`"id":"${parent.amendment.id}"`)).toBeLessThan(written.indexOf(`"id":"${sub.amendment.id}"`));
    const isParent = (l: string) => l.includes(`"id":"${parent.amendment.id}"`);
    const isSub = (l: string) => l.includes(`"id":"${sub.amendment.id}"`);
    reorderAmendments(file, (lines) => [
      ...lines.filter(isSub),
      ...lines.filter((l) => !isSub(l) && !isParent(l)),
      ...lines.filter(isParent),
    ]);

    const target2 = await freshStore(kind);
    stores.push(target2);
    const counts = await restore(target2, file, { replace: false });
    expect(counts.amendments).toBe(FILLERS + 2);
    const restored = await target2.db
      .selectFrom("amendments")
      .select(["id", "parent_amendment_id", "status"])
      .where("id", "in", [parent.amendment.id, sub.amendment.id])
      .execute();
    expect(restored.find((r) => r.id === sub.amendment.id)?.parent_amendment_id).toBe(parent.amendment.id);
    expect(restored.find((r) => r.id === parent.amendment.id)?.status).toBe("accepted");
  }, 60_000);
});
