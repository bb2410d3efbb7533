import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import type { Principal } from "../../../domain/authorization.js";
import { DomainError } from "../../../domain/errors.js";
import { participationCsv } from "../../../domain/participation/csv.js";
import type { Store } from "../../../store/database.js";
import { type Floor } from "../../../store/group-work/floor.js";
import { loadGroupFloor, loadPlenaryFloor, mayReadParticipation } from "../../../commands/groups/floor.js";
import { groupParticipation, sittingParticipation } from "../../../store/group-work/participation.js";
import { defineRoute, type RouteRequest } from "../../route.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../../domain/ids.js";

const readable = async (store: Store, p: Principal, load: Promise<Floor>): Promise<Floor> => {
  const floor = await load;
  if (!mayReadParticipation(p, floor)) throw new DomainError("forbidden", "Participation figures are for the chair and the staff");
  return floor;
};

const sendCsv = (reply: RouteRequest<unknown, unknown, unknown>["reply"], name: string, csv: string): string => {
  reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${name}"`);
  return csv;
};

/** Participation by gender and age band, per group and per sitting, as JSON and as CSV. */
export const registerParticipationRoutes = (app: FastifyInstance, store: Store): void => {
  defineRoute(app, routes.participation.group, {
    summary: "Speakers and speaking time of a group by gender and age band, against its membership (chair and staff)",
    tag: "participation",
    handler: async ({ principal, params }) => {
      const floor = await readable(store, principal, loadGroupFloor(store.db, principal, asId<DiscussionGroupId>(params.id)));
      return { groupId: params.id, sittingId: floor.sittingId, figures: await groupParticipation(store.db, floor) };
    },
  });

  defineRoute(app, routes.participation.groupCsv, {
    summary: "A group's participation figures as CSV (text/csv, header row)",
    tag: "participation",
    handler: async ({ principal, params, reply }) => {
      const floor = await readable(store, principal, loadGroupFloor(store.db, principal, asId<DiscussionGroupId>(params.id)));
      const figures = await groupParticipation(store.db, floor);
      return sendCsv(
        reply,
        `participation-group-${floor.groupNumber}.csv`,
        participationCsv([{ scope: `group ${floor.groupNumber}`, figures }]),
      );
    },
  });

  defineRoute(app, routes.participation.sitting, {
    summary:
      "Speakers and speaking time of a sitting (all groups and plenary), by gender and age band, then per group and plenary (staff, presiding officer)",
    tag: "participation",
    handler: async ({ principal, params }) => {
      const floor = await readable(store, principal, loadPlenaryFloor(store.db, principal, asId<SittingId>(params.id)));
      return { sittingId: floor.sittingId, ...(await sittingParticipation(store.db, floor)) };
    },
  });

  defineRoute(app, routes.participation.sittingCsv, {
    summary: "A sitting's participation figures as CSV (text/csv, header row): the sitting, each group, the plenary",
    tag: "participation",
    handler: async ({ principal, params, reply }) => {
      const floor = await readable(store, principal, loadPlenaryFloor(store.db, principal, asId<SittingId>(params.id)));
      const f = await sittingParticipation(store.db, floor);
      const sections = [
        { scope: "sitting", figures: f.sitting },
        ...f.groups.map((g) => ({ scope: `group ${g.number}`, figures: g.figures })),
        { scope: "plenary", figures: f.plenary },
      ];
      return sendCsv(reply, "participation-sitting.csv", participationCsv(sections));
    },
  });
};
