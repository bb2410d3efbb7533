import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { tasksFor } from "../../../commands/tasks/tasks.js";
import type { Store } from "../../../store/database.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";

/** The start page's data: what waits for the signed-in person, judged on the server clock. */
export const registerTaskRoutes = (app: FastifyInstance, store: Store, clock: () => Date = () => new Date()): void => {
  defineRoute(app, routes.tasks.mine, {
    summary: "What waits for the caller: recommendations to finish, ballots, adoptions, deadlines, undecided amendments",
    tag: "tasks",
    handler: async ({ raw, principal }) => {
      requireAccount(raw);
      const now = clock().toISOString();
      const tasks = await tasksFor(store.db, principal, now);
      const draftIds = [...new Set(tasks.map((t) => t.draftId).filter((d) => d !== null))];
      const groupIds = [...new Set(tasks.map((t) => t.groupId).filter((g) => g !== null))];
      const fromDrafts = draftIds.length
        ? await store.db.selectFrom("draft_resolutions").select("sitting_id").where("id", "in", draftIds).execute()
        : [];
      const fromGroups = groupIds.length
        ? await store.db.selectFrom("discussion_groups").select("sitting_id").where("id", "in", groupIds).execute()
        : [];
      const sittings = [
        ...new Set([...fromDrafts.map((r) => r.sitting_id), ...fromGroups.map((r) => r.sitting_id)].filter((s) => s !== null)),
      ];
      return { tasks: tasks.map((t) => ({ ...t, deadline: t.deadline ? { ...t.deadline } : null })), sittings, now };
    },
  });
};
