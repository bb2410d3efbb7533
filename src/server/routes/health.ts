import { routes } from "../../api/routes.js";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { DomainError } from "../../domain/errors.js";
import type { Store } from "../../store/database.js";
import { lastPosition } from "../../store/events.js";
import { defineRoute } from "../route.js";

/** Liveness with the store it runs on; 503 when the store does not answer. */
export const registerHealthRoute = (app: FastifyInstance, store: Store, live: "local" | "redis", version: string): void => {
  defineRoute(app, routes.health.get, {
    summary: "Health of the instance and its store",
    tag: "health",
    handler: async () => {
      try {
        await sql`select 1`.execute(store.db);
        return { status: "ok" as const, store: store.kind, live, position: await lastPosition(store.db), version };
      } catch {
        throw new DomainError("store_unavailable", "The store does not answer");
      }
    },
  });
};
