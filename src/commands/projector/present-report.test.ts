import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { readGroupReport } from "../../store/projector/group-report.js";
import { reportPresentation } from "./presentation.js";
import type { WriteContext } from "../../store/write-context.js";
import { testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { startRecommendation } from "../recommendations/start.js";
import { stepRecommendation } from "../recommendations/steps.js";
import { editRecommendationTexts } from "../recommendations/texts.js";
import { createProjector } from "./create.js";
import { operateProjector, type ProjectorRequest } from "./operate.js";
import { asId, type DiscussionGroupId } from "../../domain/ids.js";

const SECRETARIAT: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };
const PRIVATE = "A private draft the group has not agreed yet";

describe.each(storeKinds())("presenting a group's report on %s", (kind) => {
  let t: TestApp;
  let groupA: DiscussionGroupId;
  let groupB: DiscussionGroupId;
  let screenId: string;
  let rapporteur: Principal;
  let chair: Principal;
  const as = <T>(p: Principal, f: (ctx: WriteContext) => Promise<T>) => t.writer.run(p.accountId, f);
  const step = async (p: Principal, s: ProjectorRequest) => {
    const version = (await t.store.db.selectFrom("projectors").select("version").where("id", "=", screenId).executeTakeFirstOrThrow())
      .version;
    return as(p, (ctx) => operateProjector(ctx, p, screenId, { version, step: s }));
  };
  const report = (groupId: DiscussionGroupId, page = 0) => ({ type: "show", slide: { kind: "group_report", groupId, page } }) as const;

  /** Group A's rapporteur drafts a recommendation; the chair records consensus; optionally the rapporteur presents it. */
  const recommend = async (present: boolean) => {
    const draft = await t.store.db.selectFrom("draft_resolutions").select("id").orderBy("symbol").executeTakeFirstOrThrow();
    const { result } = await as(rapporteur, (ctx) => startRecommendation(ctx, rapporteur, groupA, draft.id));
    const id = result.recommendation.id;
    const version = async () =>
      (await t.store.db.selectFrom("recommendations").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;
    const texts = [{ questionId: null, text: PRIVATE, language: "en" as const, contributions: [] }];
    const v1 = await version();
    await as(rapporteur, (ctx) => editRecommendationTexts(ctx, rapporteur, id, v1, texts));
    if (!present) return id;
    const v2 = await version();
    await as(chair, (ctx) => stepRecommendation(ctx, chair, id, v2, { type: "agree", agreement: { decision: { method: "consensus" } } }));
    const v3 = await version();
    await as(rapporteur, (ctx) => stepRecommendation(ctx, rapporteur, id, v3, { type: "present" }));
    return id;
  };

  beforeEach(async () => {
    t = await testApp(kind);
    const groups = await t.store.db.selectFrom("discussion_groups").select(["id", "sitting_id"]).orderBy("number").execute();
    [groupA, groupB] = groups.map((g) => g.id) as [DiscussionGroupId, DiscussionGroupId];
    rapporteur = { accountId: null, roles: [{ role: "rapporteur", scope: `group:${groupA}` }] };
    chair = { accountId: null, roles: [{ role: "chair", scope: `group:${groupA}` }] };
    const { result } = await as(SECRETARIAT, (ctx) =>
      createProjector(ctx, SECRETARIAT, groups[0]!.sitting_id, { name: "Plenary hall", language: "ar", groupId: null }),
    );
    screenId = result.projector.id;
  });
  afterEach(async () => t.close());

  it("lets the group's rapporteur put its report on the plenary's screen and page through it, and nothing else", async () => {
    const shown = await step(rapporteur, report(groupA));
    expect(shown.result.projection.current).toEqual({ kind: "group_report", groupId: groupA, page: 0 });
    expect(shown.events.map((e) => [e.type, e.scope])).toEqual([["projector.shown", "public"]]);
    expect((await step(rapporteur, report(groupA, 2))).result.projection.current).toMatchObject({ page: 2 });
    await expectDomainError(step(rapporteur, { type: "show", slide: { kind: "agenda" } }), "forbidden");
    await expectDomainError(step(rapporteur, { type: "enqueue", slide: { kind: "group_report", groupId: groupA, page: 0 } }), "forbidden");
    await expectDomainError(step(rapporteur, report(groupB)), "forbidden");
    expect((await step(chair, report(groupA, 1))).result.projection.current).toMatchObject({ page: 1 });
  });

  it("refuses a member of the group, another group's chair and the public", async () => {
    const member: Principal = { accountId: null, roles: [{ role: "participant", scope: `group:${groupA}` }] };
    const chairB: Principal = { accountId: null, roles: [{ role: "chair", scope: `group:${groupB}` }] };
    await expectDomainError(step(member, report(groupA)), "forbidden");
    await expectDomainError(step(chairB, report(groupA)), "forbidden");
    await expectDomainError(step({ accountId: null, roles: [] }, report(groupA)), "forbidden");
    await expectDomainError(step(SECRETARIAT, report(asId<DiscussionGroupId>("no-such-group"))), "validation_failed");
  });

  it("shows nothing of a recommendation before it is presented, then its text and how the group agreed", async () => {
    await recommend(false);
    const before = await readGroupReport(t.store.db, groupA);
    expect(before).toMatchObject({ presented: false, recommendations: [], contributors: [], votes: [] });
    expect(JSON.stringify(before)).not.toContain(PRIVATE);
    const presentation = await reportPresentation(t.store.db, rapporteur, groupA);
    expect(presentation.unpublished).toBe(1);
    expect(presentation.screens.map((s) => [s.id, s.plenary, s.showing])).toEqual([[screenId, true, null]]);

    await t.store.db.deleteFrom("recommendations").execute();
    const id = await recommend(true);
    const after = await readGroupReport(t.store.db, groupA);
    expect(after.presented).toBe(true);
    expect(after.recommendations).toEqual([
      expect.objectContaining({
        id,
        status: "presented",
        sections: [{ questionId: null, question: null, versions: [{ language: "en", text: PRIVATE }] }],
      }),
    ]);
    expect(after.votes).toEqual([expect.objectContaining({ recommendationId: id, method: "consensus", counts: null, carried: true })]);
    await step(rapporteur, report(groupA, 1));
    expect((await reportPresentation(t.store.db, rapporteur, groupA)).screens[0]).toMatchObject({ showing: 1 });
  });

  it("tells only those who may present the report where it can be shown", async () => {
    const member: Principal = { accountId: null, roles: [{ role: "participant", scope: `group:${groupA}` }] };
    await expectDomainError(reportPresentation(t.store.db, member, groupA), "forbidden");
    await expectDomainError(reportPresentation(t.store.db, { accountId: null, roles: [] }, groupA), "forbidden");
  });
});
