import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal, RoleAssignment } from "../../domain/authorization.js";
import type { AccountId, ParagraphId } from "../../domain/ids.js";
import { cosponsorshipsOf, invitationsFor } from "../../store/amendments/cosponsors.js";
import { findAmendment } from "../../store/amendments/rows.js";
import { loadDraft, type StoredDraft } from "../../store/drafts.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { answerCosponsorship, inviteCosponsors } from "./cosponsors.js";
import { proposeAmendment, type ProposalInput } from "./propose.js";
import { transitionAmendment } from "./transition.js";

describe.each(storeKinds())("co-sponsoring an amendment, on %s", (kind) => {
  let t: TestApp;
  let draft: StoredDraft;
  let spain: Principal;
  let mexico: Principal;
  let mexico2: Principal;
  let chile: Principal;
  let secretariat: Principal;

  const member = async (email: string, parliament: string | null, roles: RoleAssignment[]): Promise<Principal> => {
    const accountId = await accountWith(t, email, roles);
    if (parliament) await onRecord(t, accountId, { parliament, name: email });
    return { accountId, roles };
  };
  const propose = (p: Principal, fields: Partial<ProposalInput> = {}) =>
    t.writer
      .run(p.accountId, (ctx) =>
        proposeAmendment(ctx, p, draft, {
          action: "amend",
          target: draft.text.paragraphs[0]!.id as ParagraphId,
          text: "Recalls the new wording;",
          language: "en",
          author: "Spain",
          submit: true,
          ...fields,
        }),
      )
      .then((r) => r.result);
  const invite = (p: Principal, amendmentId: string, delegation: string, accountId?: AccountId) =>
    t.writer
      .run(p.accountId, (ctx) => inviteCosponsors(ctx, p, amendmentId, [{ delegation, accountId: accountId ?? null }]))
      .then((r) => r.result);
  const answer = (p: Principal, id: string, step: "accept" | "decline" | "withdraw", version = 1) =>
    t.writer.run(p.accountId, (ctx) => answerCosponsorship(ctx, p, id, step, version));

  beforeEach(async () => {
    t = await testApp(kind);
    secretariat = await member("secretariat@example.org", null, [{ role: "secretariat", scope: null }]);
    const row = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    draft = await loadDraft(t.store.db, row.id, true);
    const delegate: RoleAssignment[] = [{ role: "participant", scope: null }];
    spain = await member("spain@example.org", "Spain", delegate);
    mexico = await member("mexico@example.org", "Mexico", delegate);
    mexico2 = await member("mexico2@example.org", "Mexico", delegate);
    chile = await member("chile@example.org", "Chile", delegate);
  });
  afterEach(async () => t.close());

  it("invites, then names the delegation on the amendment once a member of it accepts, each step an event", async () => {
    const a = await propose(spain, { coSponsors: ["Mexico"] });
    expect(a.amendment.coSponsors).toEqual([]);
    const [invitation] = await invitationsFor(t.store.db, mexico2);
    expect(invitation).toMatchObject({ delegation: "Mexico", status: "invited", amendmentId: a.amendment.id });
    expect(await invitationsFor(t.store.db, chile)).toEqual([]);
    await answer(mexico2, invitation!.id, "accept");
    const after = await findAmendment(t.store.db, a.amendment.id);
    expect(after!.amendment.coSponsors).toEqual(["Mexico"]);
    expect(after!.version).toBe(a.version + 1);
    expect(await invitationsFor(t.store.db, mexico)).toEqual([]);
    const types = (await t.store.db.selectFrom("events").select("type").orderBy("position").execute()).map((e) => e.type);
    expect(types.filter((x) => x.startsWith("amendment.cosponsor_"))).toEqual([
      "amendment.cosponsor_invited",
      "amendment.cosponsor_accepted",
    ]);
  });

  it("refuses an answer on another delegation's behalf, and an invitation by name to anyone but that member", async () => {
    const a = await propose(spain);
    const [toMexico] = await invite(spain, a.amendment.id, "Mexico", mexico.accountId!);
    await expectDomainError(answer(chile, toMexico!.id, "accept"), "forbidden");
    await expectDomainError(answer(mexico2, toMexico!.id, "accept"), "forbidden");
    await expectDomainError(answer(spain, toMexico!.id, "accept"), "forbidden");
    await expectDomainError(answer(secretariat, toMexico!.id, "accept"), "forbidden");
    await answer(mexico, toMexico!.id, "decline");
    expect((await cosponsorshipsOf(t.store.db, a.amendment.id)).map((c) => c.status)).toEqual(["declined"]);
    expect((await findAmendment(t.store.db, a.amendment.id))!.amendment.coSponsors).toEqual([]);
  });

  it("lets only the author or the secretariat invite, delegations of the event only, not twice, not the author", async () => {
    const a = await propose(spain);
    await expectDomainError(invite(chile, a.amendment.id, "Mexico"), "forbidden");
    expect((await expectDomainError(invite(spain, a.amendment.id, "Atlantis"), "validation_failed")).issues[0]?.path).toBe(
      "invitations.0.delegation",
    );
    await expectDomainError(invite(spain, a.amendment.id, "Spain"), "validation_failed");
    await expectDomainError(invite(spain, a.amendment.id, "Chile", mexico.accountId!), "validation_failed");
    await invite(secretariat, a.amendment.id, "Chile");
    await expectDomainError(invite(spain, a.amendment.id, "chile"), "conflict");
  });

  it("takes back an invitation, takes a co-sponsor's name off, and refuses a stale answer", async () => {
    const a = await propose(spain, { coSponsors: ["Mexico", "Chile"] });
    const invited = await cosponsorshipsOf(t.store.db, a.amendment.id);
    const [toMexico, toChile] = ["Mexico", "Chile"].map((d) => invited.find((c) => c.delegation === d));
    await answer(spain, toChile!.id, "withdraw");
    await expectDomainError(answer(chile, toChile!.id, "accept", 2), "invalid_transition");
    await answer(mexico, toMexico!.id, "accept");
    await expectDomainError(answer(mexico, toMexico!.id, "withdraw", 1), "stale_version");
    await answer(mexico, toMexico!.id, "withdraw", 2);
    expect((await findAmendment(t.store.db, a.amendment.id))!.amendment.coSponsors).toEqual([]);
    // Withdrawn, Chile may be invited again.
    await invite(spain, a.amendment.id, "Chile");
  });

  it("takes no co-sponsor once the committee decided", async () => {
    const a = await propose(spain, { coSponsors: ["Mexico"] });
    const [toMexico] = await cosponsorshipsOf(t.store.db, a.amendment.id);
    await t.writer.run(secretariat.accountId, (ctx) =>
      transitionAmendment(ctx, secretariat, a.amendment.id, { type: "reject" }, a.version),
    );
    await expectDomainError(answer(mexico, toMexico!.id, "accept"), "invalid_transition");
    await expectDomainError(invite(spain, a.amendment.id, "Chile"), "invalid_transition");
  });

  it("keeps the secretariat's co-sponsors as signed on paper, with no invitation", async () => {
    const a = await propose(secretariat, { author: "Spain", coSponsors: ["Mexico"] });
    expect(a.amendment.coSponsors).toEqual(["Mexico"]);
    expect(await cosponsorshipsOf(t.store.db, a.amendment.id)).toEqual([]);
  });
});
