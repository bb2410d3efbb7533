import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storeKinds, freshStore, type TestStore } from "../../test-support/stores.js";
import { loadMeetingFixture, readMeetingFixture } from "../reference-case/load.js";
import { Writer } from "../write.js";
import { decodeColumn } from "../decode.js";
import { loadGroup } from "../setup/groups.js";
import { decisionData } from "./committee.js";
import { groupData } from "./setup.js";

describe("column decoders", () => {
  it("names the table, the row and the field of a value that does not decode", () => {
    expect(() => decodeColumn(groupData, "{not json", "discussion_groups", "g1")).toThrow("discussion_groups g1 does not decode: not JSON");
    expect(() =>
      decodeColumn(decisionData, '{"decision":{"method":"show_of_hands","for":-1,"against":0,"abstain":0}}', "committee_decisions", "d1"),
    ).toThrow(/committee_decisions d1 .*decision\.for/);
    expect(decodeColumn(decisionData, '{"decision":{"method":"consensus"}}', "committee_decisions", "d1").decision).toEqual({
      method: "consensus",
    });
  });
});

describe.each(storeKinds())("stored rows on %s", (kind) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(kind);
    await loadMeetingFixture(new Writer(store), await readMeetingFixture());
  });
  afterEach(async () => store.dispose());

  it("decodes the reference case, and refuses a group whose room lost its capacity", async () => {
    const row = await store.db.selectFrom("discussion_groups").selectAll().executeTakeFirstOrThrow();
    expect((await loadGroup(store.db, row.id)).room.capacity).toBeGreaterThan(0);
    const data = JSON.parse(row.data) as { room: Record<string, unknown> };
    delete data.room.capacity;
    await store.db
      .updateTable("discussion_groups")
      .set({ data: JSON.stringify(data) })
      .where("id", "=", row.id)
      .execute();
    await expect(loadGroup(store.db, row.id)).rejects.toThrow(`discussion_groups ${row.id} does not decode: room.capacity`);
  });
});
