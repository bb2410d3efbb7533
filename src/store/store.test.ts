import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshStore, storeKinds, type TestStore } from "../test-support/stores.js";
import { backup, restore } from "./backup.js";
import { lastPosition, readEvents } from "./events.js";
import { loadMeetingFixture, readMeetingFixture } from "./reference-case/load.js";
import { getSittingDetail, getSittingDraftTexts, listSittings } from "./sittings.js";
import { Writer } from "./write.js";

describe.each(storeKinds())("store on %s", (kind) => {
  let store: TestStore;
  let writer: Writer;
  beforeEach(async () => {
    store = await freshStore(kind);
    writer = new Writer(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it("loads the reference case with both groups, halls and guiding questions", async () => {
    await loadMeetingFixture(writer, await readMeetingFixture());
    const [sitting] = await listSittings(store.db, false);
    expect(sitting?.date).toBe("2021-11-26");
    expect(sitting?.startTime).toBe("11:30");
    const detail = await getSittingDetail(store.db, false, sitting!.id);
    expect(detail.agenda[0]?.number).toBe("5");
    expect(detail.agenda[0]?.documents[0]?.symbol).toBe("FEM/32/5.Inf-1");
    expect(detail.groups.map((g) => g.room.hall.versions.en?.text)).toEqual(["Hall Madrid", "Hall Roma"]);
    expect(detail.groups.map((g) => g.room.hall.versions.ar?.text)).toEqual(["قاعة مدريد", "قاعة روما"]);
    expect(detail.groups.every((g) => g.guidingQuestions.length === 4)).toBe(true);
    expect(detail.draftResolutions[0]?.illustrative).toBe(true);
    const draft = (await getSittingDraftTexts(store.db, false, sitting!.id)).drafts[0]!;
    expect(draft.id).toBe(detail.draftResolutions[0]?.id);
    expect(draft.paragraphs.filter((p) => p.kind === "preambular")).toHaveLength(6);
    expect(draft.paragraphs.filter((p) => p.kind === "operative").map((p) => p.label)).toEqual([
      "OP1",
      "OP2",
      "OP3",
      "OP4",
      "OP5",
      "OP6",
      "OP7",
      "OP8",
    ]);
  });

  it("records events with gapless positions in the same transaction as the change", async () => {
    await loadMeetingFixture(writer, await readMeetingFixture());
    const events = await readEvents(store.db, { after: 0 });
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
    expect(await lastPosition(store.db)).toBe(events.length);
    expect(events.map((e) => e.type)).toContain("draft_resolution.imported");
  });

  it("writes nothing, neither change nor event, when a command fails", async () => {
    await loadMeetingFixture(writer, await readMeetingFixture());
    const before = await lastPosition(store.db);
    const [sitting] = await listSittings(store.db, false);
    await expect(
      writer.run(null, async (ctx) => {
        await ctx.trx.updateTable("sittings").set({ version: 99 }).where("id", "=", sitting!.id).execute();
        ctx.record({ type: "sitting.changed", subject: "x", sittingId: sitting!.id, scope: "public", payload: {} });
        throw new Error("refused half-way");
      }),
    ).rejects.toThrow("refused half-way");
    expect(await lastPosition(store.db)).toBe(before);
    const [again] = await listSittings(store.db, false);
    expect(again?.version).toBe(1);
  });

  it("names the last committed position, never one of a transaction still open, without waiting for it", async () => {
    await loadMeetingFixture(writer, await readMeetingFixture());
    const before = await store.lastPosition();
    expect(before).toBe(await lastPosition(store.db));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let moved: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => (moved = resolve));
    const run = writer.run(null, async (ctx) => {
      await ctx.trx
        .updateTable("event_sequence")
        .set({ position: before + 5 })
        .where("id", "=", 1)
        .execute();
      moved();
      await held;
      throw new Error("given up");
    });
    await inside;
    expect(await store.lastPosition()).toBe(before);
    release();
    await expect(run).rejects.toThrow("given up");
    expect(await store.lastPosition()).toBe(before);
  });

  it("keeps positions gapless under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writer.run(null, async (ctx) => {
          ctx.record({ type: "test.tick", subject: `t:${i}`, sittingId: null, scope: "public", payload: { i } });
          ctx.record({ type: "test.tock", subject: `t:${i}`, sittingId: null, scope: "public", payload: { i } });
        }),
      ),
    );
    const events = await readEvents(store.db, { after: 0 });
    expect(events.map((e) => e.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("refuses to restore into a non-empty database unless told to replace", async () => {
    await loadMeetingFixture(writer, await readMeetingFixture());
    const file = join(mkdtempSync(join(tmpdir(), "rapporteur-backup-")), "b.jsonl");
    await backup(store, file);
    await expect(restore(store, file, { replace: false })).rejects.toThrow(/not empty/);
    await restore(store, file, { replace: true });
    expect((await listSittings(store.db, false)).length).toBe(1);
  });
});

describe("backup across stores", () => {
  const kinds = storeKinds();
  it.skipIf(!kinds.includes("postgres"))("a backup taken on SQLite restores into PostgreSQL and back with the same answers", async () => {
    const sqlite = await freshStore("sqlite");
    const postgres = await freshStore("postgres");
    const back = await freshStore("sqlite");
    try {
      await loadMeetingFixture(new Writer(sqlite), await readMeetingFixture());
      const dir = mkdtempSync(join(tmpdir(), "rapporteur-backup-"));
      await backup(sqlite, join(dir, "a.jsonl"));
      await restore(postgres, join(dir, "a.jsonl"), { replace: false });
      await backup(postgres, join(dir, "b.jsonl"));
      await restore(back, join(dir, "b.jsonl"), { replace: false });
      const [s] = await listSittings(sqlite.db, false);
      const original = await getSittingDetail(sqlite.db, false, s!.id);
      expect(await getSittingDetail(postgres.db, false, s!.id)).toEqual(original);
      expect(await getSittingDetail(back.db, false, s!.id)).toEqual(original);
      const texts = await getSittingDraftTexts(sqlite.db, false, s!.id);
      expect(await getSittingDraftTexts(postgres.db, false, s!.id)).toEqual(texts);
      expect(await getSittingDraftTexts(back.db, false, s!.id)).toEqual(texts);
      expect(await readEvents(postgres.db, { after: 0 })).toEqual(await readEvents(sqlite.db, { after: 0 }));
      expect(await lastPosition(postgres.db)).toBe(await lastPosition(sqlite.db));
    } finally {
      await Promise.all([sqlite.dispose(), postgres.dispose(), back.dispose()]);
    }
  });
});
