import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PUBLIC, type Principal } from "../../domain/authorization.js";
import { asId, type AccountId, type DiscussionGroupId } from "../../domain/ids.js";
import { findRecommendation, groupRecommendations } from "../../store/committee/recommendations.js";
import { testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { listGroupRecommendations, loadRecommendation, mayRead } from "./read.js";
import { startRecommendation } from "./start.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat"), roles: [{ role: "secretariat", scope: null }] };

describe.each(storeKinds())("the recommendations a reader may read on %s", (kind) => {
  let t: TestApp;
  let groupId: DiscussionGroupId;
  let other: DiscussionGroupId;
  let bodyId: string;
  let id = "";
  const as = (role: "rapporteur" | "participant" | "presiding_officer", scope: string): Principal => ({
    accountId: asId<AccountId>(`${role}-${scope}`),
    roles: [{ role, scope }],
  });

  beforeEach(async () => {
    t = await testApp(kind);
    const groups = await t.store.db
      .selectFrom("discussion_groups")
      .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
      .select(["discussion_groups.id", "sittings.body_id"])
      .orderBy("discussion_groups.number")
      .execute();
    groupId = asId<DiscussionGroupId>(groups[0]!.id);
    other = asId<DiscussionGroupId>(groups[1]!.id);
    bodyId = groups[0]!.body_id;
    const draft = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    id = (await t.writer.run(null, (ctx) => startRecommendation(ctx, SECRETARIAT, groupId, draft.id))).result.recommendation.id;
  });
  afterEach(async () => t.close());

  it("gives a recommendation being drafted to its group, the staff and the presiding officer; to others it is not found", async () => {
    const readers = [
      as("participant", `group:${groupId}`),
      as("rapporteur", `group:${groupId}`),
      SECRETARIAT,
      as("presiding_officer", `body:${bodyId}`),
    ];
    for (const p of readers) {
      expect((await loadRecommendation(t.store.db, p, id)).recommendation.id).toBe(id);
      expect(await listGroupRecommendations(t.store.db, p, groupId)).toHaveLength(1);
    }
    for (const p of [as("participant", `group:${other}`), PUBLIC]) {
      await expectDomainError(loadRecommendation(t.store.db, p, id), "not_found");
      expect(await listGroupRecommendations(t.store.db, p, groupId)).toEqual([]);
    }
  });

  it("gives it to everyone once presented to the body, while the store reads it whoever asks", async () => {
    const found = await findRecommendation(t.store.db, id);
    expect(await groupRecommendations(t.store.db, groupId)).toHaveLength(1);
    const presented = { ...found.recommendation, status: "presented" as const };
    expect([PUBLIC, as("participant", `group:${other}`)].every((p) => mayRead(p, presented, found.group))).toBe(true);
    expect(mayRead(PUBLIC, found.recommendation, found.group)).toBe(false);
  });
});
