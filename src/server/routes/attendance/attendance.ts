import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { checkIn, checkInByScan, checkOut, joinRemotely } from "../../../commands/attendance/check-in.js";
import { castProxyBallot, heldProxies } from "../../../commands/attendance/proxy-ballot.js";
import { giveProxy, withdrawProxy } from "../../../commands/attendance/proxies.js";
import { setQuorumRule } from "../../../commands/attendance/quorum-rule.js";
import { attendancePermissions } from "./permissions.js";
import { readGroupAttendance, readSittingAttendance } from "../../../commands/attendance/read.js";
import { loadVote } from "../../../commands/votes/read.js";
import type { Store } from "../../../store/database.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { asId, type DiscussionGroupId, type SittingId, type ParticipantId } from "../../../domain/ids.js";

/** Attendance at sittings: the check-in desk and door scanner, remote joining, proxies, the quorum rule and the live count. */
export const registerAttendanceRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.attendance.sitting, {
    summary: "Who is present at a sitting, the proxies, and the quorum of the body and each group (the staff, the presiding officer)",
    tag: "attendance",
    handler: async ({ principal, params }) => {
      const a = await readSittingAttendance(store.db, principal, asId<SittingId>(params.id));
      return {
        sittingId: a.sittingId,
        bodyId: a.bodyId,
        eventId: a.eventId,
        rule: a.rule,
        ruleVersion: a.ruleVersion,
        body: a.body,
        groups: a.groups,
        people: a.people.map((x) => ({
          participantId: x.participantId,
          name: x.name,
          parliament: x.parliament,
          gender: x.gender,
          presence: x.presence ?? "absent",
          method: x.method ?? null,
          at: x.at ?? null,
          groupIds: x.groupIds,
        })),
        proxies: a.proxies.map((x) => ({ id: x.id, giver: x.giver, holder: x.holder, givenAt: x.givenAt })),
        permissions: attendancePermissions(principal),
      };
    },
  });

  defineRoute(app, routes.attendance.group, {
    summary: "A group's count present and its quorum by the body's rule (its members, the staff)",
    tag: "attendance",
    handler: async ({ principal, params }) => readGroupAttendance(store.db, principal, asId<DiscussionGroupId>(params.id)),
  });

  defineRoute(app, routes.attendance.checkIn, {
    summary: "Check a participant in, in the hall or remote (the secretariat; a person only themselves, remotely)",
    tag: "attendance",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (
        await writer.run(account.id, (ctx) =>
          checkIn(ctx, principal, asId<SittingId>(params.id), asId<ParticipantId>(body.participantId), body.mode),
        )
      ).result;
    },
  });

  defineRoute(app, routes.attendance.scan, {
    summary: "The door scanner checks the holder of an access slip into the hall from the code it read (the secretariat)",
    tag: "attendance",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => checkInByScan(ctx, principal, asId<SittingId>(params.id), body.code))).result;
    },
  });

  defineRoute(app, routes.attendance.checkOut, {
    summary: "Check a participant out (the secretariat, or the person themselves)",
    tag: "attendance",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (
        await writer.run(account.id, (ctx) => checkOut(ctx, principal, asId<SittingId>(params.id), asId<ParticipantId>(body.participantId)))
      ).result;
    },
  });

  defineRoute(app, routes.attendance.joinRemotely, {
    summary: "Join the sitting remotely, as oneself (a participant of its event)",
    tag: "attendance",
    handler: async ({ raw, principal, params }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => joinRemotely(ctx, principal, asId<SittingId>(params.id)))).result;
    },
  });

  defineRoute(app, routes.attendance.giveProxy, {
    summary: "Give an absent member's vote to a present one for the sitting, where the body allows it (the member, the secretariat)",
    tag: "attendance",
    status: 201,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (
        await writer.run(account.id, (ctx) =>
          giveProxy(ctx, principal, asId<SittingId>(params.id), {
            giverId: asId<ParticipantId>(body.giverId),
            holderId: asId<ParticipantId>(body.holderId),
          }),
        )
      ).result;
    },
  });

  defineRoute(app, routes.attendance.withdrawProxy, {
    summary: "Withdraw a proxy (its giver, its holder, the secretariat); it stays in the record",
    tag: "attendance",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => withdrawProxy(ctx, principal, asId<SittingId>(params.id), body.proxyId))).result;
    },
  });

  defineRoute(app, routes.attendance.setQuorumRule, {
    summary: "Set a body's quorum rule from its rules of procedure (the secretariat); version 0 replaces the default",
    tag: "attendance",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => setQuorumRule(ctx, principal, params.bodyId, body.version, body.rule))).result;
    },
  });

  defineRoute(app, routes.attendance.heldProxies, {
    summary: "The proxies one holds for the vote's group, with the ballot cast for each giver this round",
    tag: "attendance",
    handler: async ({ principal, params }) => {
      const vote = await loadVote(store.db, principal, params.id);
      return { ballotsCast: Object.keys(vote.vote.ballots).length, proxies: await heldProxies(store.db, principal.accountId, vote) };
    },
  });

  defineRoute(app, routes.attendance.castProxyBallot, {
    summary: "Cast the ballot of an absent member whose proxy one holds, recorded as cast for them by proxy",
    tag: "attendance",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const { result } = await writer.run(account.id, (ctx) =>
        castProxyBallot(ctx, principal, params.id, asId<ParticipantId>(body.giverId), body.choice),
      );
      return { ballotsCast: Object.keys(result.vote.vote.ballots).length, proxies: result.proxies };
    },
  });
};
