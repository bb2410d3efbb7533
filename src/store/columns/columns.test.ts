import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storeKinds, freshStore, type TestStore } from "../../test-support/stores.js";
import { loadMeetingFixture, readMeetingFixture } from "../reference-case/load.js";
import { Writer } from "../write.js";
import { decodeColumn } from "../decode.js";
import { loadGroup } from "../setup/groups.js";
import { adoptionData, decisionData, recommendationData, voteData } from "./committee.js";
import { designationData, groupData } from "./setup.js";

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

  it("decodes votes, recommendations, adoptions and designations, and names the field at fault", () => {
    expect(decodeColumn(voteData, '{"counts":null,"history":[]}', "votes", "v1")).toEqual({ counts: null, history: [] });
    expect(() => decodeColumn(voteData, '{"counts":{"for":1},"history":[]}', "votes", "v1")).toThrow(/votes v1 .*counts\.against/);
    const recommendation = { texts: [], amendmentIds: ["a1"], agreement: null, adoptionId: null, reopenings: [] };
    expect(decodeColumn(recommendationData, JSON.stringify(recommendation), "recommendations", "r1")).toEqual({
      ...recommendation,
      amendmentContributions: {},
    });
    expect(() =>
      decodeColumn(
        recommendationData,
        JSON.stringify({ ...recommendation, reopenings: [{ from: "lost", reason: "" }] }),
        "recommendations",
        "r1",
      ),
    ).toThrow(/recommendations r1 .*reopenings\.0\.from/);
    expect(() => decodeColumn(adoptionData, '{"recommendationIds":[]}', "body_adoptions", "b1")).toThrow(/body_adoptions b1 .*decision/);
    const designation = {
      recommendation: { by: null, at: "2021-11-26T09:30:00Z", note: null },
      decision: { date: "2021-11-26", sittingId: "s1", method: { kind: "vote" }, by: null },
      replaces: null,
      replacedBy: null,
      withdrawal: null,
    };
    expect(() => decodeColumn(designationData, JSON.stringify(designation), "designations", "d1")).toThrow(
      /designations d1 .*decision\.method/,
    );
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
