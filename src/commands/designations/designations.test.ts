import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type AccountId, type DiscussionGroupId, type SittingId, type ParticipantId } from "../../domain/ids.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { decideDesignation } from "./decide.js";
import { recommend } from "./recommend.js";

const BUREAU: Principal = { accountId: asId<AccountId>("bureau"), roles: [{ role: "bureau_member", scope: null }] };
const DELEGATE: Principal = { accountId: asId<AccountId>("delegate"), roles: [{ role: "participant", scope: null }] };

describe.each(storeKinds())("designation commands on %s", (kind) => {
  let t: TestApp;
  let groupId: DiscussionGroupId;
  let sittingId: SittingId;
  let bodyId: string;
  let participantId: ParticipantId;

  beforeEach(async () => {
    t = await testApp(kind);
    const g = await t.store.db
      .selectFrom("discussion_groups")
      .innerJoin("sittings", "sittings.id", "discussion_groups.sitting_id")
      .select(["discussion_groups.id", "sittings.id as sitting_id", "sittings.body_id"])
      .orderBy("discussion_groups.number")
      .executeTakeFirstOrThrow();
    [groupId, sittingId, bodyId] = [g.id, g.sitting_id, g.body_id];
    const accountId = await accountWith(t, "future-chair@example.org", [{ role: "participant", scope: null }]);
    await onRecord(t, accountId, { name: "Future Chair" });
    participantId = (await t.store.db.selectFrom("participants").select("id").where("account_id", "=", accountId).executeTakeFirstOrThrow())
      .id;
  });
  afterEach(async () => t.close());

  const recommendation = () => ({ groupId, function: "chair" as const, participantId, note: null });

  it("lets the Bureau recommend and only the body designate, whoever calls the commands", async () => {
    await expectDomainError(
      t.writer.run(null, (ctx) => recommend(ctx, DELEGATE, recommendation())),
      "forbidden",
    );
    const { result, events } = await t.writer.run(null, (ctx) => recommend(ctx, BUREAU, recommendation()));
    expect(result.designation.status).toBe("recommended");
    expect(events.map((e) => e.type)).toEqual(["designation.recommended"]);
    const designate = { type: "designate" as const, sittingId, date: null, method: { kind: "consensus" as const } };
    await expectDomainError(
      t.writer.run(null, (ctx) => decideDesignation(ctx, BUREAU, result.designation.id, result.version, designate)),
      "forbidden",
    );
    const presiding: Principal = { accountId: null, roles: [{ role: "presiding_officer", scope: `body:${bodyId}` }] };
    await expectDomainError(
      t.writer.run(null, (ctx) => decideDesignation(ctx, presiding, result.designation.id, result.version + 1, designate)),
      "stale_version",
    );
    const done = await t.writer.run(null, (ctx) => decideDesignation(ctx, presiding, result.designation.id, result.version, designate));
    expect(done.result.designation.status).toBe("designated");
    expect(done.events.map((e) => e.type)).toEqual(["role.granted", "designation.designated"]);
  });
});
