import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type AccountId, type ParagraphId } from "../../domain/ids.js";
import { proposeAmendment, type ProposalInput } from "../../commands/amendments/propose.js";
import { loadDraft, type StoredDraft } from "../drafts.js";
import { testApp, type TestApp } from "../../test-support/app.js";
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
    draft = await loadDraft(t.store.db, SECRETARIAT, row.id);
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
