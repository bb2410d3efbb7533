import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startRecommendation } from "../../../commands/recommendations/start.js";
import { stepRecommendation } from "../../../commands/recommendations/steps.js";
import { editRecommendationTexts } from "../../../commands/recommendations/texts.js";
import type { Principal } from "../../../domain/authorization.js";
import { accountWith, signIn, testApp, type TestApp } from "../../../test-support/app.js";
import { caller, type Caller } from "../../../test-support/factories.js";
import { storeKinds } from "../../../test-support/stores.js";
import type { DiscussionGroupId, SittingId } from "../../../domain/ids.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DRAFTED = "Only the group has read this draft so far";

describe.each(storeKinds())("a group's report on a hall screen, read on %s", (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let secretariat: Caller;
  let rapporteur: Caller;
  let member: Caller;
  let groupId: DiscussionGroupId;
  let sittingId: SittingId;

  beforeEach(async () => {
    t = await testApp(kind);
    call = caller(t);
    const group = await t.store.db.selectFrom("discussion_groups").select(["id", "sitting_id"]).orderBy("number").executeTakeFirstOrThrow();
    groupId = group.id;
    sittingId = group.sitting_id;
    await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]);
    await accountWith(t, "rapporteur@example.org", [{ role: "rapporteur", scope: `group:${groupId}` }]);
    await accountWith(t, "member@example.org", [{ role: "participant", scope: `group:${groupId}` }]);
    secretariat = await signIn(t, "sec@example.org");
    rapporteur = await signIn(t, "rapporteur@example.org");
    member = await signIn(t, "member@example.org");
  });
  afterEach(async () => t.close());

  /** The rapporteur drafts a recommendation; with `present`, the chair records consensus and it is presented. */
  const recommend = async (present: boolean) => {
    const as: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };
    const draft = await t.store.db.selectFrom("draft_resolutions").select("id").orderBy("symbol").executeTakeFirstOrThrow();
    const id = (await t.writer.run(null, (ctx) => startRecommendation(ctx, as, groupId, draft.id))).result.recommendation.id;
    const version = async () =>
      (await t.store.db.selectFrom("recommendations").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;
    const texts = [{ questionId: null, text: DRAFTED, language: "en" as const, contributions: [] }];
    let v = await version();
    await t.writer.run(null, (ctx) => editRecommendationTexts(ctx, as, id, v, texts));
    if (!present) return;
    v = await version();
    await t.writer.run(null, (ctx) =>
      stepRecommendation(ctx, as, id, v, {
        type: "agree",
        agreement: { decision: { method: "show_of_hands", for: 12, against: 1, abstain: 2 } },
      }),
    );
    v = await version();
    await t.writer.run(null, (ctx) => stepRecommendation(ctx, as, id, v, { type: "present" }));
  };

  it("shows the hall nothing of a draft before it is presented, then the recommendation and its vote", async () => {
    const created = await call(secretariat, "POST", `/api/v1/sittings/${sittingId}/projectors`, {
      name: "Plenary",
      language: "ar",
      groupId: null,
    });
    const { projector, address } = created.json() as Json;
    const token = (address as string).replace("/screen/", "");
    await recommend(false);

    const presentation = await call(rapporteur, "GET", `/api/v1/groups/${groupId}/report-presentation`);
    expect(presentation.statusCode).toBe(200);
    expect(presentation.json()).toMatchObject({ unpublished: 1, report: { presented: false, recommendations: [] } });
    expect(presentation.body).not.toContain(DRAFTED);
    expect((await call(member, "GET", `/api/v1/groups/${groupId}/report-presentation`)).statusCode).toBe(403);

    const shown = await call(rapporteur, "POST", `/api/v1/projectors/${projector.id}/steps`, {
      version: projector.version,
      step: { type: "show", slide: { kind: "group_report", groupId } },
    });
    expect(shown.json()).toMatchObject({ current: { kind: "group_report", groupId, page: 0 }, permissions: { control: false } });
    const refused = await call(rapporteur, "POST", `/api/v1/projectors/${projector.id}/steps`, {
      version: projector.version + 1,
      step: { type: "show", slide: { kind: "message", text: "Not mine to show" } },
    });
    expect(refused.statusCode).toBe(403);
    const hall = await call(null, "GET", `/api/v1/screens/${token}`);
    expect(hall.json()).toMatchObject({
      slide: { kind: "group_report", page: 0, report: { presented: false, contributors: [], votes: [] } },
    });
    expect(hall.body).not.toContain(DRAFTED);

    await t.store.db.deleteFrom("recommendations").execute();
    await recommend(true);
    const after = (await call(null, "GET", `/api/v1/screens/${token}`)).json() as Json;
    expect(after.slide.report.presented).toBe(true);
    expect(after.slide.report.recommendations[0].sections[0].versions).toEqual([{ language: "en", text: DRAFTED }]);
    expect(after.slide.report.votes).toEqual([
      expect.objectContaining({ method: "show_of_hands", counts: { for: 12, against: 1, abstain: 2 }, carried: true }),
    ]);
  });
});
