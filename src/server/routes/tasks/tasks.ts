import { routes } from "../../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { readTasks } from "../../../commands/tasks/read.js";
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
      const { tasks, sittings } = await readTasks(store.db, principal, now);
      return { tasks: tasks.map((t) => ({ ...t, deadline: t.deadline ? { ...t.deadline } : null })), sittings, now };
    },
  });
};
