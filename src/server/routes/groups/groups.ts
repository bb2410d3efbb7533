import type { FastifyInstance } from "fastify";
import { can } from "../../../domain/authorization.js";
import { DomainError } from "../../../domain/errors.js";
import { asId, type AccountId } from "../../../domain/ids.js";
import type { Store } from "../../../store/database.js";
import { listContributions, recordContribution } from "../../../store/group-work/contributions.js";
import { isEventParticipant, loadGroupFloor, loadPlenaryFloor } from "../../../store/group-work/floor.js";
import { floorPermissions, memberRole } from "./permissions.js";
import { groupMemberIds, groupsOfSitting, joinGroup, leaveGroup, membershipHistory } from "../../../store/group-work/membership.js";
import { speakerFacts } from "../../../store/group-work/speaker-facts.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { registerProjectorRoutes } from "./projector.js";
import {
  contributionBody,
  contributionListSchema,
  contributionQuery,
  contributionSchema,
  historySchema,
  idParams,
  joinBody,
  memberParams,
  membersSchema,
  moveSchema,
  occupancySchema,
} from "../../../api/groups.js";
import { registerParticipationRoutes } from "../participation/participation.js";
import { registerSpeakerRoutes } from "../speakers/speakers.js";

/** The live work of discussion groups and plenary sittings: membership, speakers lists, contributions, projector, participation. */
export const registerGroupWorkRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  registerMembershipRoutes(app, store, writer);
  registerContributionRoutes(app, store, writer);
  registerSpeakerRoutes(app, store, writer);
  registerProjectorRoutes(app, store, writer);
  registerParticipationRoutes(app, store);
};

const ROLE_ORDER = ["chair", "rapporteur", "participant"] as const;

const registerMembershipRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/sittings/{id}/groups/occupancy",
    summary: "How many people each group of a sitting holds against its room's capacity",
    tag: "groups",
    params: idParams,
    response: occupancySchema,
    handler: async ({ principal, params }) => {
      const floor = await loadPlenaryFloor(store.db, principal, params.id);
      const groups = await groupsOfSitting(store.db, floor.sittingId);
      const members = await groupMemberIds(
        store.db,
        groups.map((g) => g.id),
      );
      const participant = await isEventParticipant(store.db, principal, floor);
      return {
        sittingId: floor.sittingId,
        groups: groups.map((g) => ({
          groupId: g.id,
          number: g.number,
          capacity: g.capacity,
          members: members.get(g.id)?.length ?? 0,
          permissions: {
            ...floorPermissions(principal, { groupId: g.id, bodyId: floor.bodyId }, participant),
            role: memberRole(principal, g.id),
          },
        })),
        permissions: {
          plenary: floorPermissions(principal, floor, participant),
          assignMembers: can(principal, { kind: "assign_group_members" }),
        },
      };
    },
  });

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/groups/{id}/members",
    summary: "The members of a group (chair, rapporteur, participants), for its members and the staff",
    tag: "groups",
    params: idParams,
    response: membersSchema,
    handler: async ({ principal, params }) => {
      const floor = await loadGroupFloor(store.db, principal, params.id);
      if (!can(principal, { kind: "follow_group", groupId: params.id }))
        throw new DomainError("forbidden", "Only the group's members and the staff see its members");
      const roles = await store.db
        .selectFrom("role_assignments")
        .select(["account_id", "role"])
        .where("scope", "=", `group:${params.id}`)
        .where("role", "in", [...ROLE_ORDER])
        .execute();
      const people = await speakerFacts(store.db, floor.eventId, [...new Set(roles.map((r) => r.account_id))]);
      const members = roles
        .map((r) => ({
          accountId: r.account_id,
          name: people.get(r.account_id)?.name ?? "",
          parliament: people.get(r.account_id)?.parliament ?? "",
          role: r.role as (typeof ROLE_ORDER)[number],
        }))
        .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name));
      return { groupId: params.id, capacity: floor.room?.capacity ?? 0, members };
    },
  });

  defineRoute(app, {
    method: "POST",
    url: "/api/v1/groups/{id}/members",
    summary: "Join a group (a participant's choice) or assign someone to it (secretariat, with accountId); moves out of the previous group",
    tag: "groups",
    params: idParams,
    body: joinBody,
    response: moveSchema,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const assigned = body.accountId !== undefined && body.accountId !== account.id;
      if (assigned && !can(principal, { kind: "assign_group_members" }))
        throw new DomainError("forbidden", "Only the secretariat assigns others to a group");
      const floor = await loadGroupFloor(store.db, principal, params.id);
      const who = asId<AccountId>(body.accountId ?? account.id);
      return (await writer.run(account.id, (ctx) => joinGroup(ctx, floor, who, assigned ? "assigned" : "chose"))).result;
    },
  });

  defineRoute(app, {
    method: "DELETE",
    url: "/api/v1/groups/{id}/members/{accountId}",
    summary: "Leave a group (oneself) or take a participant out of it (secretariat)",
    tag: "groups",
    params: memberParams,
    response: moveSchema,
    handler: async ({ raw, principal, params }) => {
      const account = requireAccount(raw);
      const self = params.accountId === account.id;
      if (!self && !can(principal, { kind: "assign_group_members" }))
        throw new DomainError("forbidden", "Only the secretariat takes others out of a group");
      const floor = await loadGroupFloor(store.db, principal, params.id);
      return (await writer.run(account.id, (ctx) => leaveGroup(ctx, floor, asId<AccountId>(params.accountId), self ? "left" : "removed")))
        .result;
    },
  });

  defineRoute(app, {
    method: "GET",
    url: "/api/v1/groups/{id}/members/history",
    summary: "Who joined and left the group, when and how (chair and staff)",
    tag: "groups",
    params: idParams,
    response: historySchema,
    handler: async ({ principal, params }) => {
      await loadGroupFloor(store.db, principal, params.id);
      if (!can(principal, { kind: "read_participation", groupId: params.id }))
        throw new DomainError("forbidden", "Only the chair and the staff see the membership history");
      const rows = await membershipHistory(store.db, params.id);
      return {
        groupId: params.id,
        history: rows.map((r) => ({
          accountId: r.account_id,
          joinedAt: r.joined_at,
          joinedHow: r.joined_how,
          joinedBy: r.joined_by,
          leftAt: r.left_at,
          leftHow: r.left_how,
        })),
      };
    },
  });
};

const registerContributionRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, {
    method: "GET",
    url: "/api/v1/groups/{id}/contributions",
    summary: "A group's contributions, oldest first, optionally for one guiding question",
    tag: "groups",
    params: idParams,
    query: contributionQuery,
    response: contributionListSchema,
    handler: async ({ principal, params, query }) => {
      const floor = await loadGroupFloor(store.db, principal, params.id);
      if (!can(principal, { kind: "follow_group", groupId: params.id }))
        throw new DomainError("forbidden", "Only the group's members and the staff read its contributions");
      return { contributions: await listContributions(store.db, floor, query.questionId) };
    },
  });

  defineRoute(app, {
    method: "POST",
    url: "/api/v1/groups/{id}/contributions",
    summary: "Record a short contribution (up to 2,000 characters) on a guiding question, optionally tied to paragraphs",
    tag: "groups",
    params: idParams,
    body: contributionBody,
    response: contributionSchema,
    status: 201,
    bodyLimit: 32 * 1024,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const floor = await loadGroupFloor(store.db, principal, params.id);
      if (!can(principal, { kind: "take_part_in_group", groupId: params.id }))
        throw new DomainError("forbidden", "Only the group's members contribute to it");
      return (await writer.run(account.id, (ctx) => recordContribution(ctx, floor, body))).result;
    },
  });
};
