import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { contribute, groupContributions } from "../../../commands/groups/contributions.js";
import { groupMembers, groupMembershipHistory, joinGroup, leaveGroup } from "../../../commands/groups/membership.js";
import { asId, type AccountId, type DiscussionGroupId, type SittingId, type GuidingQuestionId } from "../../../domain/ids.js";
import type { Store } from "../../../store/database.js";
import { isEventParticipant } from "../../../store/group-work/floor.js";
import { loadPlenaryFloor } from "../../../commands/groups/floor.js";
import { floorPermissions, mayAssignMembers, memberRole } from "./permissions.js";
import { groupMemberIds, groupsOfSitting } from "../../../store/group-work/membership.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";
import { registerProjectorRoutes } from "./projector.js";
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

const registerMembershipRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.groups.occupancy, {
    summary: "How many people each group of a sitting holds against its room's capacity",
    tag: "groups",
    handler: async ({ principal, params }) => {
      const floor = await loadPlenaryFloor(store.db, principal, asId<SittingId>(params.id));
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
          assignMembers: mayAssignMembers(principal),
        },
      };
    },
  });

  defineRoute(app, routes.groups.members, {
    summary: "The members of a group (chair, rapporteur, participants), for its members and the staff",
    tag: "groups",
    handler: ({ principal, params }) => groupMembers(store.db, principal, asId<DiscussionGroupId>(params.id)),
  });

  defineRoute(app, routes.groups.join, {
    summary: "Join a group (a participant's choice) or assign someone to it (secretariat, with accountId); moves out of the previous group",
    tag: "groups",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const who = asId<AccountId>(body.accountId ?? account.id);
      return (await writer.run(account.id, (ctx) => joinGroup(ctx, principal, asId<DiscussionGroupId>(params.id), who))).result;
    },
  });

  defineRoute(app, routes.groups.leave, {
    summary: "Leave a group (oneself) or take a participant out of it (secretariat)",
    tag: "groups",
    handler: async ({ raw, principal, params }) => {
      const account = requireAccount(raw);
      const [groupId, who] = [asId<DiscussionGroupId>(params.id), asId<AccountId>(params.accountId)];
      return (await writer.run(account.id, (ctx) => leaveGroup(ctx, principal, groupId, who))).result;
    },
  });

  defineRoute(app, routes.groups.history, {
    summary: "Who joined and left the group, when and how (chair and staff)",
    tag: "groups",
    handler: ({ principal, params }) => groupMembershipHistory(store.db, principal, asId<DiscussionGroupId>(params.id)),
  });
};

const registerContributionRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, routes.groups.contributions, {
    summary: "A group's contributions, oldest first, optionally for one guiding question",
    tag: "groups",
    handler: async ({ principal, params, query }) => ({
      contributions: await groupContributions(
        store.db,
        principal,
        asId<DiscussionGroupId>(params.id),
        query.questionId === undefined ? undefined : asId<GuidingQuestionId>(query.questionId),
      ),
    }),
  });

  defineRoute(app, routes.groups.contribute, {
    summary: "Record a short contribution (up to 2,000 characters) on a guiding question, optionally tied to paragraphs",
    tag: "groups",
    status: 201,
    bodyLimit: 32 * 1024,
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      const input = { ...body, questionId: body.questionId === undefined ? undefined : asId<GuidingQuestionId>(body.questionId) };
      return (await writer.run(account.id, (ctx) => contribute(ctx, principal, asId<DiscussionGroupId>(params.id), input))).result;
    },
  });
};
