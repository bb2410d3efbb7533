import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest, migrateUpTo } from "../migrate.js";
import { loadMeetingFixture, readMeetingFixture } from "../reference-case/load.js";
import { Writer } from "../write.js";
import { freshStore, storeKinds, type TestStore } from "../../test-support/stores.js";
import { nextAmendmentNumber } from "../amendments/numbering.js";

describe.each(storeKinds())("numbering amendments by tabling body over existing data (migration 011) on %s", (kind) => {
  let store: TestStore;
  afterEach(async () => store.dispose());

  it("keeps every number, moves the groups' proposals to their group's series and numbers on from there", async () => {
    store = await freshStore(kind, false);
    await migrateUpTo(store.db, "010_participant_access");
    await loadMeetingFixture(new Writer(store), await readMeetingFixture());
    const db = store.db;
    const draft = await db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    const group = await db.selectFrom("discussion_groups").select("id").executeTakeFirstOrThrow();
    const amendment = (id: string, number: number, status: string) =>
      sql`INSERT INTO amendments (id, draft_id, number, action, status, language, data, created_at, version)
        VALUES (${id}, ${draft.id}, ${number}, 'delete', ${status}, 'en', '{}', '2021-11-26T10:00:00Z', 1)`.execute(db);
    // Before: the group's two proposals took numbers 1 and 2, the committee's first amendment 3.
    await amendment("g1", 1, "draft");
    await amendment("g2", 2, "draft");
    await amendment("c3", 3, "submitted");
    await sql`INSERT INTO recommendations (id, group_id, draft_id, status, data, created_at, updated_at, version)
      VALUES ('r1', ${group.id}, ${draft.id}, 'drafting', ${JSON.stringify({ amendmentIds: ["g1", "g2"] })}, '2021-11-26T10:00:00Z', '2021-11-26T10:00:00Z', 1)`.execute(
      db,
    );
    await sql`INSERT INTO amendment_counters (draft_id, last_number) VALUES (${draft.id}, 3)`.execute(db);

    expect(await migrateToLatest(db)).toContain("011_amendment_series");
    const rows = await db.selectFrom("amendments").select(["id", "number", "tabled_by"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: "c3", number: 3, tabled_by: "" },
      { id: "g1", number: 1, tabled_by: `group:${group.id}` },
      { id: "g2", number: 2, tabled_by: `group:${group.id}` },
    ]);
    const { result } = await new Writer(store).run(null, async (ctx) => [
      await nextAmendmentNumber(ctx.trx, draft.id),
      await nextAmendmentNumber(ctx.trx, draft.id, `group:${group.id}`),
    ]);
    expect(result).toEqual([4, 3]);
    // The series keep numbers unique: the same number twice in one series is refused.
    await expect(amendment("c4", 3, "submitted")).rejects.toThrow();
  });
});
