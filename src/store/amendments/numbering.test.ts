import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type AccountId, type ParagraphId } from "../../domain/ids.js";
import { proposeAmendment, type ProposalInput } from "../../commands/amendments/propose.js";
import { loadDraft, type StoredDraft } from "../drafts.js";
import { loadReferenceStage } from "../../reference-stages/load.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { storeKinds } from "../../test-support/stores.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat"), roles: [{ role: "secretariat", scope: null }] };
const SIMULTANEOUS = 50;

describe.each(storeKinds())("amendment numbers on %s", (kind) => {
  let t: TestApp;
  let draft: StoredDraft;

  const proposal = (i: number): ProposalInput => ({
    action: "amend",
    target: draft.text.paragraphs[0]!.id as ParagraphId,
    text: `Wording number ${i};`,
    language: "en",
    author: "Forum of Women Parliamentarians",
    submit: false,
  });
  const propose = (i: number) => t.writer.run(null, (ctx) => proposeAmendment(ctx, SECRETARIAT, draft, proposal(i)));
  const numbers = async () =>
    (await t.store.db.selectFrom("amendments").select("number").where("draft_id", "=", draft.id).orderBy("number").execute()).map(
      (r) => r.number,
    );

  beforeEach(async () => {
    t = await testApp(kind);
    const row = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    draft = await loadDraft(t.store.db, row.id, true);
  });
  afterEach(async () => t.close());

  it(`numbers ${SIMULTANEOUS} simultaneous proposals one after another, all accepted, without gaps`, async () => {
    const before = (await numbers()).length;
    const outcomes = await Promise.allSettled(Array.from({ length: SIMULTANEOUS }, (_, i) => propose(i)));
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
    expect(await numbers()).toEqual(Array.from({ length: before + SIMULTANEOUS }, (_, i) => i + 1));
  });

  it("continues after the highest number when the counter is missing or behind, as after a restore", async () => {
    for (let i = 0; i < 3; i++) await propose(i);
    await t.store.db.deleteFrom("amendment_counters").execute();
    expect((await propose(3)).result.number).toBe((await numbers()).length);
    await t.store.db.updateTable("amendment_counters").set({ last_number: 1 }).execute();
    expect((await propose(4)).result.number).toBe((await numbers()).length);
    expect(await numbers()).toEqual(Array.from({ length: (await numbers()).length }, (_, i) => i + 1));
  });
});

/** The reference case at stage "committee": the groups drafted four proposals, then the Forum and the delegations tabled theirs. */
describe.each(storeKinds())("amendment numbers of the tabling body on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
    await accountWith(t, "admin@rapporteur.local", [{ role: "secretariat", scope: null }]);
    await loadReferenceStage(t.store, "committee");
  }, 120_000);
  afterAll(async () => t.close());

  it("numbers the committee's amendments 1, 2, 3 … and each group's own proposals apart", async () => {
    const rows = await t.store.db.selectFrom("amendments").select(["number", "tabled_by", "status"]).orderBy("number").execute();
    const before = rows.filter((r) => r.tabled_by === "");
    expect(before.map((r) => r.number)).toEqual(Array.from({ length: before.length }, (_, i) => i + 1));
    expect(before.filter((r) => r.status === "submitted")).toHaveLength(9);
    const groups = [...new Set(rows.filter((r) => r.tabled_by !== "").map((r) => r.tabled_by))];
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(rows.filter((r) => r.tabled_by === g).map((r) => r.number)).toEqual([1, 2]);
  });
});
