import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { loadProjector, projectorByToken } from "../../store/projector/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { startRecommendation } from "../recommendations/start.js";
import { openGroupVote } from "../votes/votes.js";
import { createProjector } from "./create.js";
import { editProjector, reissueProjectorAddress } from "./edit.js";
import { operateProjector, type ProjectorRequest } from "./operate.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../domain/ids.js";

const SECRETARIAT: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };

describe.each(storeKinds())("hall screen commands on %s", (kind) => {
  let t: TestApp;
  let sittingId: SittingId;
  let bodyId: string;
  let groupA: DiscussionGroupId;
  let groupB: DiscussionGroupId;
  const as = <T>(p: Principal, f: (ctx: WriteContext) => Promise<T>) => t.writer.run(p.accountId, f);
  const create = (groupId: DiscussionGroupId | null, p = SECRETARIAT) =>
    as(p, (ctx) => createProjector(ctx, p, sittingId, { name: groupId ? "Hall B" : "Plenary hall", language: "ar", groupId }));
  const step = (p: Principal, id: string, version: number, s: ProjectorRequest) =>
    as(p, (ctx) => operateProjector(ctx, p, id, { version, step: s }));

  beforeEach(async () => {
    t = await testApp(kind);
    const groups = await t.store.db.selectFrom("discussion_groups").select(["id", "sitting_id"]).orderBy("number").execute();
    [groupA, groupB] = groups.map((g) => g.id) as [DiscussionGroupId, DiscussionGroupId];
    sittingId = groups[0]!.sitting_id;
    bodyId = (await t.store.db.selectFrom("sittings").select("body_id").where("id", "=", sittingId).executeTakeFirstOrThrow()).body_id;
  });
  afterEach(async () => t.close());

  it("lets the secretariat set up screens with an address of their own, showing the speakers list, and records it", async () => {
    const { result, events } = await create(groupA);
    expect(result.projector).toMatchObject({ sittingId, groupId: groupA, language: "ar", version: 1 });
    expect(result.projector.projection.current).toEqual({ kind: "speakers" });
    expect(result.token.length).toBeGreaterThanOrEqual(40);
    expect((await projectorByToken(t.store.db, result.token))?.id).toBe(result.projector.id);
    expect(events.map((e) => [e.type, e.scope, e.payload])).toEqual([
      ["projector.created", "public", { projectorId: result.projector.id }],
    ]);
    const chair: Principal = { accountId: null, roles: [{ role: "chair", scope: `group:${groupA}` }] };
    await expectDomainError(create(groupA, chair), "forbidden");
    await expectDomainError(
      as(SECRETARIAT, (ctx) =>
        createProjector(ctx, SECRETARIAT, sittingId, { name: "x", language: "en", groupId: asId<DiscussionGroupId>("elsewhere") }),
      ),
      "validation_failed",
    );
  });

  it("re-issues an address: the old token opens nothing any more", async () => {
    const { result } = await create(null);
    const again = await as(SECRETARIAT, (ctx) => reissueProjectorAddress(ctx, SECRETARIAT, result.projector.id));
    expect(await projectorByToken(t.store.db, result.token)).toBeNull();
    expect((await projectorByToken(t.store.db, again.result.token))?.id).toBe(result.projector.id);
    expect(again.events.map((e) => e.type)).toEqual(["projector.address_reissued"]);
    const renamed = await as(SECRETARIAT, (ctx) =>
      editProjector(ctx, SECRETARIAT, result.projector.id, { name: "Main hall", language: "fr", version: again.result.projector.version }),
    );
    expect(renamed.result).toMatchObject({ name: "Main hall", language: "fr" });
  });

  it("lets the group's chair show, prepare and project slides on its hall's screen, on the version seen", async () => {
    const { result } = await create(groupA);
    const id = result.projector.id;
    const chair: Principal = { accountId: null, roles: [{ role: "chair", scope: `group:${groupA}` }] };
    const coffee = { kind: "message", text: "Coffee break until 12:15" } as const;
    const shown = await step(chair, id, 1, { type: "show", slide: coffee });
    expect(shown.result.projection.current).toEqual(coffee);
    expect(shown.events.map((e) => e.type)).toEqual(["projector.shown"]);
    await expectDomainError(step(chair, id, 1, { type: "show", slide: { kind: "agenda" } }), "stale_version");
    const queued = await step(chair, id, 2, { type: "enqueue", slide: { kind: "agenda" } });
    expect(queued.events.map((e) => e.type)).toEqual(["projector.queue_changed"]);
    expect(queued.result.projection.queue.map((q) => q.slide)).toEqual([{ kind: "agenda" }]);
    const next = await step(chair, id, 3, { type: "show_next" });
    expect(next.result.projection).toMatchObject({ current: { kind: "agenda" }, queue: [] });
    expect((await loadProjector(t.store.db, id)).version).toBe(4);
  });

  it("refuses other groups' chairs and members, and the plenary's screens to anyone but its presiding officer", async () => {
    const group = await create(groupA);
    const plenary = await create(null);
    const chairB: Principal = { accountId: null, roles: [{ role: "chair", scope: `group:${groupB}` }] };
    const member: Principal = { accountId: null, roles: [{ role: "participant", scope: `group:${groupA}` }] };
    const presiding: Principal = { accountId: null, roles: [{ role: "presiding_officer", scope: `body:${bodyId}` }] };
    await expectDomainError(step(chairB, group.result.projector.id, 1, { type: "show", slide: { kind: "agenda" } }), "forbidden");
    await expectDomainError(step(member, group.result.projector.id, 1, { type: "show", slide: { kind: "agenda" } }), "forbidden");
    await expectDomainError(step(chairB, plenary.result.projector.id, 1, { type: "show", slide: { kind: "agenda" } }), "forbidden");
    const { result } = await step(presiding, plenary.result.projector.id, 1, { type: "show", slide: { kind: "agenda" } });
    expect(result.projection.current).toEqual({ kind: "agenda" });
  });

  it("shows a paragraph, a draft and a vote of the sitting, and nothing of another", async () => {
    const { result } = await create(groupA);
    const id = result.projector.id;
    const draft = await t.store.db
      .selectFrom("draft_resolutions")
      .select("id")
      .where("sitting_id", "=", sittingId)
      .executeTakeFirstOrThrow();
    const paragraph = await t.store.db.selectFrom("paragraphs").select("id").where("draft_id", "=", draft.id).executeTakeFirstOrThrow();
    const rapporteur: Principal = { accountId: null, roles: [{ role: "rapporteur", scope: `group:${groupA}` }] };
    const chair: Principal = { accountId: null, roles: [{ role: "chair", scope: `group:${groupA}` }] };
    const rec = await as(rapporteur, (ctx) => startRecommendation(ctx, rapporteur, groupA, draft.id));
    const vote = await as(chair, (ctx) =>
      openGroupVote(ctx, chair, groupA, { subject: `recommendation:${rec.result.recommendation.id}`, kind: "show_of_hands" }),
    );
    let v = 1;
    for (const slide of [
      { kind: "paragraph", paragraphId: paragraph.id, amendmentId: null },
      { kind: "text", draftId: draft.id },
      { kind: "vote", voteId: vote.result.vote.id },
    ] as const)
      expect((await step(SECRETARIAT, id, v++, { type: "show", slide })).result.projection.current).toEqual(slide);
    await expectDomainError(step(SECRETARIAT, id, v, { type: "show", slide: { kind: "vote", voteId: "elsewhere" } }), "validation_failed");
    await expectDomainError(
      step(SECRETARIAT, id, v, { type: "enqueue", slide: { kind: "paragraph", paragraphId: "elsewhere", amendmentId: null } }),
      "validation_failed",
    );
  });
});
