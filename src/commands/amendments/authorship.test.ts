import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal, RoleAssignment } from "../../domain/authorization.js";
import type { ParagraphId } from "../../domain/ids.js";
import { loadDraft, type StoredDraft } from "../../store/drafts.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { proposeAmendment, type ProposalInput } from "./propose.js";

const FORUM = "Forum of Women Parliamentarians";

describe.each(storeKinds())("who an amendment is by, on %s", (kind) => {
  let t: TestApp;
  let draft: StoredDraft;
  let delegate: Principal;
  let secretariat: Principal;

  const member = async (email: string, roles: RoleAssignment[]): Promise<Principal> => ({
    accountId: await accountWith(t, email, roles),
    roles,
  });
  const input = (fields: Partial<ProposalInput>): ProposalInput => ({
    action: "amend",
    target: draft.text.paragraphs[0]!.id as ParagraphId,
    text: "Recalls the new wording;",
    language: "en",
    submit: false,
    ...fields,
  });
  const propose = (p: Principal, fields: Partial<ProposalInput>) =>
    t.writer.run(null, (ctx) => proposeAmendment(ctx, p, draft, input(fields))).then((r) => r.result.amendment);

  beforeEach(async () => {
    t = await testApp(kind);
    secretariat = await member("secretariat@example.org", [{ role: "secretariat", scope: null }]);
    const row = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    draft = await loadDraft(t.store.db, row.id, true);
    delegate = await member("delegate@example.org", [{ role: "participant", scope: null }]);
    await onRecord(t, delegate.accountId!, { parliament: "Spain" });
    await onRecord(t, (await member("mexico@example.org", [])).accountId!, { parliament: "Mexico" });
  });
  afterEach(async () => t.close());

  it("takes the delegate's own delegation, spelled as the data spells it, and invites delegations as co-sponsors", async () => {
    // Named once accepted: the proposal invites them.
    expect(await propose(delegate, { author: " spain ", coSponsors: ["MEXICO", "Mexico"] })).toMatchObject({
      author: "Spain",
      coSponsors: [],
    });
    const invited = await t.store.db.selectFrom("amendment_cosponsors").select(["delegation", "status"]).execute();
    expect(invited).toEqual([{ delegation: "Mexico", status: "invited" }]);
    expect((await propose(delegate, {})).author).toBe("Spain");
    expect((await propose(delegate, {})).paper).toBeUndefined();
  });

  it("refuses a free-text author or co-sponsor from a delegate, naming the field and what to choose", async () => {
    const error = await expectDomainError(propose(delegate, { author: "Delegation of Spain" }), "validation_failed");
    expect(error.message).toContain('choose "Spain"');
    expect(error.issues).toEqual([expect.objectContaining({ path: "author" })]);
    expect((await expectDomainError(propose(delegate, { author: "Mexico" }), "validation_failed")).issues[0]?.path).toBe("author");
    expect((await expectDomainError(propose(delegate, { author: FORUM }), "validation_failed")).issues[0]?.path).toBe("author");
    expect(
      (await expectDomainError(propose(delegate, { author: "Spain", coSponsors: ["Atlantis"] }), "validation_failed")).issues[0]?.path,
    ).toBe("coSponsors");
    expect(await t.store.db.selectFrom("amendments").select("id").execute()).toEqual([]);
  });

  it("lets a presiding officer table for the body they preside", async () => {
    const forum = await t.store.db.selectFrom("bodies").select(["id", "data"]).execute();
    const forumId = forum.find((b) => b.data.includes(FORUM))!.id;
    const president = await member("president@example.org", [{ role: "presiding_officer", scope: `body:${forumId}` }]);
    expect(await propose(president, { author: FORUM })).toMatchObject({ author: FORUM });
  });

  it("marks a name outside the data as a paper amendment, for the secretariat only", async () => {
    expect(await propose(secretariat, { author: "Delegation of Atlantis", coSponsors: ["Lemuria"] })).toMatchObject({
      author: "Delegation of Atlantis",
      coSponsors: ["Lemuria"],
      paper: true,
    });
    expect((await propose(secretariat, { author: FORUM })).paper).toBeUndefined();
    await expectDomainError(propose(secretariat, {}), "validation_failed");
  });
});
