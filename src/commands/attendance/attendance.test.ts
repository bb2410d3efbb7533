import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUORUM_RULE, type QuorumRule } from "../../domain/attendance/quorum.js";
import type { Principal } from "../../domain/authorization.js";
import type { DiscussionGroupId, SittingId, ParticipantId } from "../../domain/ids.js";
import { issueSignInToken } from "../../store/accounts.js";
import { sittingAttendance } from "../../store/attendance/attendance.js";
import { readEvents } from "../../store/events.js";
import type { WriteContext } from "../../store/write-context.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { openGroupVote, stepVote } from "../votes/votes.js";
import { checkIn, checkInByScan, checkOut, joinRemotely } from "./check-in.js";
import { castProxyBallot } from "./proxy-ballot.js";
import { giveProxy, withdrawProxy } from "./proxies.js";
import { setQuorumRule } from "./quorum-rule.js";

describe.each(storeKinds())("attendance, quorum and proxies on %s", (kind) => {
  let t: TestApp;
  let sittingId: SittingId;
  let bodyId: string;
  let groupId: DiscussionGroupId;
  let secretariat: Principal;
  let chair: Principal;
  const members: { p: Principal; participantId: ParticipantId }[] = [];

  const as = <T>(p: Principal, f: (ctx: WriteContext) => Promise<T>) => t.writer.run(p.accountId, f).then((r) => r.result);
  const attendance = () => sittingAttendance(t.store.db, sittingId);
  const groupCount = async () => (await attendance()).groups.find((g) => g.groupId === groupId)!.quorum;
  const rule = (over: Partial<QuorumRule>) =>
    as(secretariat, async (ctx) => setQuorumRule(ctx, secretariat, bodyId, 0, { ...DEFAULT_QUORUM_RULE, ...over }));
  const recommendation = async () => {
    const id = randomUUID();
    const draft = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    await t.store.db
      .insertInto("recommendations")
      .values({
        id,
        group_id: groupId,
        draft_id: draft.id,
        status: "agreed",
        data: "{}",
        created_by: null,
        created_at: "2021-11-26T10:00:00Z",
        updated_at: "2021-11-26T10:00:00Z",
        version: 1,
      })
      .execute();
    return `recommendation:${id}`;
  };

  beforeEach(async () => {
    t = await testApp(kind);
    const sitting = await t.store.db.selectFrom("sittings").select(["id", "body_id"]).orderBy("date").executeTakeFirstOrThrow();
    sittingId = sitting.id;
    bodyId = sitting.body_id;
    groupId = (
      await t.store.db
        .selectFrom("discussion_groups")
        .select("id")
        .where("sitting_id", "=", sittingId)
        .orderBy("number")
        .executeTakeFirstOrThrow()
    ).id;
    const roles = [{ role: "secretariat" as const, scope: null }];
    secretariat = { accountId: await accountWith(t, "desk@example.org", roles), roles };
    const chairRoles = [{ role: "chair" as const, scope: `group:${groupId}` }];
    chair = { accountId: await accountWith(t, "chair@example.org", chairRoles), roles: chairRoles };
    members.length = 0;
    for (const name of ["amina", "bruno", "carmen"]) {
      const memberRoles = [{ role: "participant" as const, scope: `group:${groupId}` }];
      const accountId = await accountWith(t, `${name}@example.org`, memberRoles);
      await onRecord(t, accountId, { name });
      const row = await t.store.db.selectFrom("participants").select("id").where("account_id", "=", accountId).executeTakeFirstOrThrow();
      members.push({ p: { accountId, roles: memberRoles }, participantId: row.id });
    }
  });
  afterEach(async () => t.close());

  it("the secretariat checks a member into the hall, once, and the body's and the group's counts follow, recorded", async () => {
    const before = await attendance();
    const [a] = members;
    const change = await as(secretariat, (ctx) => checkIn(ctx, secretariat, sittingId, a!.participantId, "in_hall"));
    expect(change).toMatchObject({ from: "absent", presence: "in_hall", changed: true });
    expect((await as(secretariat, (ctx) => checkIn(ctx, secretariat, sittingId, a!.participantId, "in_hall"))).changed).toBe(false);
    const after = await attendance();
    expect(after.body.tally.inHall).toBe(before.body.tally.inHall + 1);
    expect(after.groups.find((g) => g.groupId === groupId)!.quorum.tally.inHall).toBe(1);
    expect(after.people.find((x) => x.participantId === a!.participantId)).toMatchObject({
      presence: "in_hall",
      method: "secretariat",
      checkedBy: secretariat.accountId,
    });
    const events = (await readEvents(t.store.db, { after: 0 })).filter((e) => e.type === "attendance.checked_in");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      sittingId,
      scope: "members",
      actor: secretariat.accountId,
      payload: { participantId: a!.participantId, from: "absent", presence: "in_hall" },
    });
    await as(secretariat, (ctx) => checkOut(ctx, secretariat, sittingId, a!.participantId));
    expect((await groupCount()).tally.inHall).toBe(0);
  });

  it("the door and the desk checking the same person in at once leave one presence, without an error", async () => {
    const [a] = members;
    const token = await as(secretariat, (ctx) => issueSignInToken(ctx, a!.p.accountId!, 24));
    await Promise.all([
      as(secretariat, (ctx) => checkInByScan(ctx, secretariat, sittingId, token)),
      as(secretariat, (ctx) => checkIn(ctx, secretariat, sittingId, a!.participantId, "in_hall")),
    ]);
    const rows = await t.store.db.selectFrom("attendance").selectAll().where("participant_id", "=", a!.participantId).execute();
    expect(rows.map((r) => r.presence)).toEqual(["in_hall"]);
  });

  it("a participant joins remotely themselves but never checks anyone else in, nor themselves into the hall", async () => {
    const [a, b] = members;
    await expectDomainError(
      as(a!.p, (ctx) => checkIn(ctx, a!.p, sittingId, b!.participantId, "remote")),
      "forbidden",
    );
    await expectDomainError(
      as(a!.p, (ctx) => checkIn(ctx, a!.p, sittingId, a!.participantId, "in_hall")),
      "forbidden",
    );
    await expectDomainError(
      as(a!.p, (ctx) => checkOut(ctx, a!.p, sittingId, b!.participantId)),
      "forbidden",
    );
    expect(await as(a!.p, (ctx) => joinRemotely(ctx, a!.p, sittingId))).toMatchObject({ presence: "remote" });
    expect((await attendance()).people.find((x) => x.participantId === a!.participantId)).toMatchObject({ method: "self_remote" });
    expect((await groupCount()).tally.remote).toBe(1);
  });

  it("the door scanner checks in the holder of an access slip from its link or its typed code", async () => {
    const [a, b] = members;
    const token = await as(secretariat, (ctx) => issueSignInToken(ctx, a!.p.accountId!, 24));
    const scanned = await as(secretariat, (ctx) =>
      checkInByScan(ctx, secretariat, sittingId, `https://rapporteur.example.org/sign-in/link?token=${token}`),
    );
    expect(scanned).toMatchObject({ participantId: a!.participantId, presence: "in_hall" });
    expect((await attendance()).people.find((x) => x.participantId === a!.participantId)?.method).toBe("door_scan");
    const typed = await as(secretariat, (ctx) => issueSignInToken(ctx, b!.p.accountId!, 24));
    expect(await as(secretariat, (ctx) => checkInByScan(ctx, secretariat, sittingId, `  ${typed}\n`))).toMatchObject({
      participantId: b!.participantId,
    });
    await expectDomainError(
      as(secretariat, (ctx) => checkInByScan(ctx, secretariat, sittingId, "not-a-slip")),
      "not_found",
    );
    await expectDomainError(
      as(a!.p, (ctx) => checkInByScan(ctx, a!.p, sittingId, typed)),
      "forbidden",
    );
  });

  it("a body that refuses votes without quorum refuses to open one; once enough are present it opens, recording the quorum", async () => {
    const subject = await recommendation();
    await rule({ minimum: { kind: "count", members: 3 }, whenMissing: "refuse" });
    const refused = await expectDomainError(
      as(chair, (ctx) => openGroupVote(ctx, chair, groupId, { subject, kind: "electronic" })),
      "conflict",
    );
    expect(refused.message).toMatch(/No quorum: 0 counted present of the 3 required/);
    expect(refused.reason).toEqual({ code: "quorum_missing_open", params: { counted: 0, required: 3 } });
    for (const m of members) await as(secretariat, (ctx) => checkIn(ctx, secretariat, sittingId, m.participantId, "in_hall"));
    const opened = await as(chair, (ctx) => openGroupVote(ctx, chair, groupId, { subject, kind: "electronic" }));
    const event = (await readEvents(t.store.db, { after: 0 })).find((e) => e.type === "vote.opened");
    expect(event?.payload).toMatchObject({ quorum: { counted: 3, required: 3, met: true } });
    await as(secretariat, (ctx) => checkOut(ctx, secretariat, sittingId, members[0]!.participantId));
    await expectDomainError(
      as(chair, (ctx) => stepVote(ctx, chair, opened.vote.id, opened.version, { type: "close" })),
      "conflict",
    );
  });

  it("a body that only warns opens the vote without quorum and records that it was missing", async () => {
    const subject = await recommendation();
    await rule({ minimum: { kind: "count", members: 3 }, whenMissing: "warn" });
    await as(chair, (ctx) => openGroupVote(ctx, chair, groupId, { subject, kind: "show_of_hands" }));
    const event = (await readEvents(t.store.db, { after: 0 })).find((e) => e.type === "vote.opened");
    expect(event?.payload).toMatchObject({ quorum: { counted: 0, required: 3, met: false, whenMissing: "warn" } });
  });

  it("a present member holding an absent member's proxy casts a second ballot, recorded as cast for them", async () => {
    const [a, b, c] = members;
    await expectDomainError(
      as(b!.p, (ctx) => giveProxy(ctx, b!.p, sittingId, { giverId: b!.participantId, holderId: a!.participantId })),
      "conflict",
    );
    await rule({
      proxiesAllowed: true,
      proxiesPerHolder: 1,
      proxiesCountForQuorum: true,
      minimum: { kind: "count", members: 2 },
      whenMissing: "refuse",
    });
    await expectDomainError(
      as(c!.p, (ctx) => giveProxy(ctx, c!.p, sittingId, { giverId: b!.participantId, holderId: a!.participantId })),
      "forbidden",
    );
    const proxy = await as(b!.p, (ctx) => giveProxy(ctx, b!.p, sittingId, { giverId: b!.participantId, holderId: a!.participantId }));
    await expectDomainError(
      as(secretariat, (ctx) => giveProxy(ctx, secretariat, sittingId, { giverId: c!.participantId, holderId: a!.participantId })),
      "conflict",
    );
    await as(secretariat, (ctx) => checkIn(ctx, secretariat, sittingId, a!.participantId, "in_hall"));
    expect(await groupCount()).toMatchObject({ counted: 2, proxies: 1, met: true });

    const subject = await recommendation();
    const opened = await as(chair, (ctx) => openGroupVote(ctx, chair, groupId, { subject, kind: "electronic" }));
    await expectDomainError(
      as(c!.p, (ctx) => castProxyBallot(ctx, c!.p, opened.vote.id, b!.participantId, "yes")),
      "not_found",
    );
    const cast = await as(a!.p, (ctx) => castProxyBallot(ctx, a!.p, opened.vote.id, b!.participantId, "no"));
    expect(cast.proxies).toEqual([expect.objectContaining({ giverId: b!.participantId, choice: "no", usable: true })]);
    expect(Object.keys(cast.vote.vote.ballots)).toEqual([b!.p.accountId]);
    const ballot = await t.store.db.selectFrom("ballots").selectAll().where("vote_id", "=", opened.vote.id).executeTakeFirstOrThrow();
    expect(ballot).toMatchObject({ voter_id: b!.p.accountId, cast_by: a!.p.accountId, choice: "no" });
    const event = (await readEvents(t.store.db, { after: 0 })).filter((e) => e.type === "vote.ballot_cast").at(-1);
    expect(event).toMatchObject({ actor: a!.p.accountId, payload: { byProxy: { giverId: b!.participantId } } });

    await as(b!.p, (ctx) => withdrawProxy(ctx, b!.p, sittingId, proxy.id));
    await expectDomainError(
      as(b!.p, (ctx) => withdrawProxy(ctx, b!.p, sittingId, proxy.id)),
      "invalid_transition",
    );
    await expectDomainError(
      as(a!.p, (ctx) => castProxyBallot(ctx, a!.p, opened.vote.id, b!.participantId, "no")),
      "not_found",
    );
    const row = await t.store.db.selectFrom("proxies").selectAll().where("id", "=", proxy.id).executeTakeFirstOrThrow();
    expect(row.withdrawn_by).toBe(b!.p.accountId);
  });

  it("a proxy counts only while its giver is absent", async () => {
    const [a, b] = members;
    await rule({ proxiesAllowed: true, proxiesCountForQuorum: true });
    await as(secretariat, (ctx) => giveProxy(ctx, secretariat, sittingId, { giverId: b!.participantId, holderId: a!.participantId }));
    await as(secretariat, (ctx) => checkIn(ctx, secretariat, sittingId, a!.participantId, "in_hall"));
    const subject = await recommendation();
    const opened = await as(chair, (ctx) => openGroupVote(ctx, chair, groupId, { subject, kind: "electronic" }));
    await as(secretariat, (ctx) => checkIn(ctx, secretariat, sittingId, b!.participantId, "remote"));
    await expectDomainError(
      as(a!.p, (ctx) => castProxyBallot(ctx, a!.p, opened.vote.id, b!.participantId, "yes")),
      "conflict",
    );
    expect((await groupCount()).proxies).toBe(0);
  });

  it("only the secretariat sets a quorum rule, against its version, and a bad rule is refused", async () => {
    await expectDomainError(
      as(chair, (ctx) => setQuorumRule(ctx, chair, bodyId, 0, DEFAULT_QUORUM_RULE)),
      "forbidden",
    );
    await expectDomainError(rule({ minimum: { kind: "fraction", numerator: 3, denominator: 2 } }), "validation_failed");
    await rule({ remoteCounts: false });
    await expectDomainError(rule({ remoteCounts: true }), "stale_version");
    expect((await attendance()).rule.remoteCounts).toBe(false);
  });
});
