import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import type { ParticipantFields } from "../../domain/participants/access.js";
import { hashSecret } from "../../store/accounts.js";
import { readEvents } from "../../store/events.js";
import type { WriteContext } from "../../store/write-context.js";
import { accountWith, signIn, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { participantFields } from "../../test-support/participants.js";
import { issueEventInvitations, reinviteParticipant } from "./invitations.js";
import { createParticipant, editParticipant, setParticipantActive } from "./participant.js";

const fields = participantFields;

describe.each(storeKinds())("participants from the secretariat's screen, on %s", (kind) => {
  let t: TestApp;
  let eventId: string;
  let bodyId: string;
  let secretariat: Principal;
  let delegate: Principal;

  const run = <T>(f: (ctx: WriteContext) => Promise<T>) => t.writer.run(secretariat.accountId, f).then((r) => r.result);
  const add = (over: Partial<ParticipantFields> = {}, p = secretariat) => run((ctx) => createParticipant(ctx, p, eventId, fields(over)));
  const eventsOf = async (type: string) => (await readEvents(t.store.db, { after: 0 })).filter((e) => e.type === type);

  beforeEach(async () => {
    t = await testApp(kind);
    eventId = (await t.store.db.selectFrom("meeting_events").select("id").executeTakeFirstOrThrow()).id;
    bodyId = (await t.store.db.selectFrom("bodies").select("id").where("event_id", "=", eventId).executeTakeFirstOrThrow()).id;
    secretariat = {
      accountId: await accountWith(t, "sec@example.org", [{ role: "secretariat", scope: null }]),
      roles: [{ role: "secretariat", scope: null }],
    };
    delegate = {
      accountId: await accountWith(t, "d@example.org", [{ role: "participant", scope: null }]),
      roles: [{ role: "participant", scope: null }],
    };
  });
  afterEach(async () => t.close());

  it("adds a participant with their delegation, an account and the participant role, and records it", async () => {
    const added = await add({ name: "  Leila   Mansour " });
    expect(added).toMatchObject({
      name: "Leila Mansour",
      delegation: { name: "Jordan" },
      email: "leila.mansour@example.org",
      ageBand: "<45",
      languages: ["ar", "en"],
      roles: [{ role: "participant", scope: null }],
      active: true,
      version: 1,
      signedUp: false,
    });
    expect((await eventsOf("participant.created")).map((e) => e.subject)).toEqual([`participant:${added.id}`]);
    expect(await eventsOf("delegation.created")).toHaveLength(1);
    const same = await add({ delegation: "jordan", name: "Omar Said", email: null });
    expect(same.delegation?.id).toBe(added.delegation?.id);
    expect(same.accountId).toBeNull();
  });

  it("refuses anyone but the secretariat, a second entry of the same person or email, and wrong values", async () => {
    await expectDomainError(add({}, delegate), "forbidden");
    await expectDomainError(add({}, { accountId: null, roles: [{ role: "bureau_member", scope: null }] }), "forbidden");
    await add();
    await expectDomainError(add({ email: "other@example.org" }), "conflict");
    await expectDomainError(add({ name: "Someone Else", email: "LEILA.MANSOUR@example.org" }), "conflict");
    const wrong = await expectDomainError(
      add({ name: "X", ageBand: "young", birthYear: 1850, roles: [{ role: "presiding_officer", scope: "body:nowhere" }] }),
      "validation_failed",
    );
    expect(wrong.issues.map((i) => i.path).sort()).toEqual(["ageBand", "birthYear", "roles.0"]);
    await expectDomainError(add({ name: "Y", email: null, roles: [{ role: "observer", scope: null }] }), "validation_failed");
    await expectDomainError(add({ name: "Z", roles: [{ role: "chair", scope: "group:g" }] }), "validation_failed");
  });

  it("makes a participant presiding officer of a body at the version read, leaving designated roles alone", async () => {
    const added = await add();
    await t.store.db
      .insertInto("role_assignments")
      .values({
        id: "designated-chair",
        account_id: added.accountId!,
        role: "chair",
        scope: "group:g1",
        created_at: "2026-01-01T00:00:00Z",
      })
      .execute();
    const roles = [
      { role: "participant" as const, scope: null },
      { role: "presiding_officer" as const, scope: `body:${bodyId}` },
      { role: "translator" as const, scope: null },
    ];
    const edited = await run((ctx) => editParticipant(ctx, secretariat, added.id, 1, fields({ roles, delegation: "Jordan (Senate)" })));
    expect(edited.version).toBe(2);
    expect(edited.delegation?.name).toBe("Jordan (Senate)");
    expect(edited.roles).toEqual(expect.arrayContaining([...roles, { role: "chair", scope: "group:g1" }]));
    expect(edited.roles).toHaveLength(4);
    const granted = await eventsOf("role.granted");
    expect(granted.map((e) => [e.subject, (e.payload as { role: string }).role])).toEqual([
      [`account:${added.accountId}`, "presiding_officer"],
      [`account:${added.accountId}`, "translator"],
    ]);
    expect((await eventsOf("participant.updated"))[0]?.payload).toMatchObject({ changed: ["delegation_id"] });

    await expectDomainError(
      run((ctx) => editParticipant(ctx, secretariat, added.id, 1, fields())),
      "stale_version",
    );
    await expectDomainError(
      run((ctx) => editParticipant(ctx, delegate, added.id, 2, fields())),
      "forbidden",
    );
    const back = await run((ctx) => editParticipant(ctx, secretariat, added.id, 2, fields({ email: "leila@example.org" })));
    expect(back.roles).toEqual(
      expect.arrayContaining([
        { role: "participant", scope: null },
        { role: "chair", scope: "group:g1" },
      ]),
    );
    expect(back.roles).toHaveLength(2);
    expect(back.email).toBe("leila@example.org");
    expect((await eventsOf("role.revoked")).map((e) => (e.payload as { role: string }).role).sort()).toEqual([
      "presiding_officer",
      "translator",
    ]);
  });

  it("gives a first email an account, and keeps the email of an account", async () => {
    const added = await add({ email: null });
    const withMail = await run((ctx) =>
      editParticipant(ctx, secretariat, added.id, 1, fields({ roles: [{ role: "observer", scope: null }] })),
    );
    expect(withMail.accountId).not.toBeNull();
    expect(withMail.roles).toEqual([{ role: "observer", scope: null }]);
    await expectDomainError(
      run((ctx) => editParticipant(ctx, secretariat, added.id, 2, fields({ email: null }))),
      "validation_failed",
    );
  });

  it("deactivates a participant: their sessions end, their links stop, they cannot sign in; reactivation lets them in again", async () => {
    const added = await add({ email: "leila.mansour@example.org" });
    // The same password as the secretariat's test account.
    const { password_hash } = await t.store.db
      .selectFrom("accounts")
      .select("password_hash")
      .where("id", "=", secretariat.accountId!)
      .executeTakeFirstOrThrow();
    await t.store.db.updateTable("accounts").set({ password_hash }).where("id", "=", added.accountId!).execute();
    await signIn(t, "leila.mansour@example.org");
    await signIn(t, "leila.mansour@example.org");
    const link = await run((ctx) => reinviteParticipant(ctx, secretariat, added.id, { sendMail: false, publicUrl: "" }));
    expect(await t.store.db.selectFrom("sessions").select("id").where("account_id", "=", added.accountId!).execute()).toHaveLength(2);

    await expectDomainError(
      run((ctx) => setParticipantActive(ctx, delegate, added.id, 1, false)),
      "forbidden",
    );
    const off = await run((ctx) => setParticipantActive(ctx, secretariat, added.id, 1, false));
    expect([off.active, off.version]).toEqual([false, 2]);
    expect(await t.store.db.selectFrom("sessions").select("id").where("account_id", "=", added.accountId!).execute()).toEqual([]);
    expect(await t.store.db.selectFrom("sign_in_tokens").select("id").where("id", "=", hashSecret(link.token)).execute()).toEqual([]);
    expect((await eventsOf("account.deactivated"))[0]).toMatchObject({
      subject: `account:${added.accountId}`,
      payload: { sessionsClosed: 2 },
    });
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "leila.mansour@example.org", password: "correct horse battery staple" },
    });
    expect(refused.statusCode).toBe(401);
    await expectDomainError(
      run((ctx) => setParticipantActive(ctx, secretariat, added.id, 2, false)),
      "conflict",
    );
    await expectDomainError(
      run((ctx) => reinviteParticipant(ctx, secretariat, added.id, { sendMail: false, publicUrl: "" })),
      "conflict",
    );

    const on = await run((ctx) => setParticipantActive(ctx, secretariat, added.id, 2, true));
    expect([on.active, on.version]).toEqual([true, 3]);
    await signIn(t, "leila.mansour@example.org");
  });

  it("re-issues a link that voids the earlier one and queues it by mail in the participant's language", async () => {
    const added = await add({ languages: ["ar", "en"] });
    const first = await run((ctx) => reinviteParticipant(ctx, secretariat, added.id, { sendMail: false, publicUrl: "https://x.example" }));
    const second = await run((ctx) => reinviteParticipant(ctx, secretariat, added.id, { sendMail: true, publicUrl: "https://x.example" }));
    expect(second.mailed).toBe(true);
    const stale = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: first.token } });
    expect(stale.statusCode).toBe(401);
    const mail = await t.store.db.selectFrom("outbox").selectAll().where("recipient", "=", "leila.mansour@example.org").execute();
    expect(mail.map((m) => [m.kind, m.language])).toEqual([["invitation", "ar"]]);
    expect(mail[0]?.text).toContain(`https://x.example/sign-in/link?token=${encodeURIComponent(second.token)}`);
    const fresh = await t.app.inject({ method: "POST", url: "/api/v1/session/link", payload: { token: second.token } });
    expect(fresh.statusCode).toBe(200);
    await expectDomainError(
      run((ctx) => reinviteParticipant(ctx, delegate, added.id, { sendMail: false, publicUrl: "" })),
      "forbidden",
    );
  });

  it("issues fresh links to every active participant with an account, by delegation, in each one's language", async () => {
    const a = await add({ name: "Ana García", parliament: "Spain", email: "ana@example.org", languages: ["es"] });
    await add({ name: "Luis Pérez", parliament: "Spain", email: "luis@example.org", languages: [] });
    const off = await add({ name: "Juan Ruiz", parliament: "Spain", email: "juan@example.org" });
    await run((ctx) => setParticipantActive(ctx, secretariat, off.id, 1, false));
    await add({ name: "No Mail", parliament: "Spain", email: null });
    await add();
    const earlier = await run((ctx) => reinviteParticipant(ctx, secretariat, a.id, { sendMail: false, publicUrl: "" }));
    const issued = await run((ctx) =>
      issueEventInvitations(ctx, secretariat, eventId, { delegationId: a.delegation!.id, fallbackLanguage: "fr" }),
    );
    expect(issued.map((i) => [i.name, i.language, i.delegation])).toEqual([
      ["Ana García", "es", "Spain"],
      ["Luis Pérez", "fr", "Spain"],
    ]);
    expect(await t.store.db.selectFrom("sign_in_tokens").select("id").where("id", "=", hashSecret(earlier.token)).execute()).toEqual([]);
    const all = await run((ctx) => issueEventInvitations(ctx, secretariat, eventId, { fallbackLanguage: "en" }));
    expect(all.map((i) => i.name)).toContain("Leila Mansour");
    await expectDomainError(
      run((ctx) => issueEventInvitations(ctx, delegate, eventId, { fallbackLanguage: "en" })),
      "forbidden",
    );
  });
});
