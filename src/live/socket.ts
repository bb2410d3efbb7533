import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { can, PUBLIC } from "../domain/authorization.js";
import { resolveSession, SESSION_COOKIE } from "../server/auth.js";
import { principalOf } from "../store/accounts.js";
import type { Store } from "../store/database.js";
import type { Hub, LiveClient } from "./hub.js";

const clientMessage = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("subscribe"), sittingId: z.string().min(1).max(100), after: z.number().int().min(0).default(0) }),
  z.strictObject({ type: z.literal("unsubscribe"), sittingId: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal("ping") }),
]);

const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/** The live channel: a client subscribes to a sitting from a position and follows its events. */
export const registerLiveSocket = (app: FastifyInstance, store: Store, hub: Hub): void => {
  app.get("/api/v1/live", { websocket: true }, (socket, request) => {
    let principal = request.principal;
    const sessionSecret = request.cookies[SESSION_COOKIE];
    const client: LiveClient = {
      get principal() {
        return principal;
      },
      send: (m) => {
        if (socket.readyState !== socket.OPEN) return;
        // A client that cannot keep up is closed; it reconnects and resumes from its last position.
        if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return socket.close(1013, "too far behind; resume from your last position");
        socket.send(m);
      },
    };
    const error = (code: string, message: string) => client.send(JSON.stringify({ type: "error", code, message }));
    let queue: Promise<void> = Promise.resolve();
    socket.on("message", (raw: Buffer) => {
      queue = queue.then(() => handle(raw)).catch(() => error("internal", "The message could not be handled"));
    });
    const handle = async (raw: Buffer): Promise<void> => {
      let parsed: z.infer<typeof clientMessage>;
      try {
        const result = clientMessage.safeParse(JSON.parse(raw.toString("utf8")));
        if (!result.success) return error("validation_failed", result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
        parsed = result.data;
      } catch {
        return error("malformed_json", "Messages are JSON objects");
      }
      if (parsed.type === "ping") return client.send(JSON.stringify({ type: "pong", position: hub.position }));
      if (parsed.type === "unsubscribe") return hub.unsubscribe(client, parsed.sittingId);
      // Roles may have changed since the socket opened (joining a group, a designation, signing out elsewhere).
      const session = await resolveSession(store, sessionSecret);
      principal = session ? principalOf(session.account) : PUBLIC;
      const sitting = await store.db.selectFrom("sittings").select(["published"]).where("id", "=", parsed.sittingId).executeTakeFirst();
      if (!sitting || (sitting.published !== 1 && !can(client.principal, { kind: "read_unpublished" })))
        return error("not_found", `Sitting ${parsed.sittingId} does not exist or is not visible to you`);
      const position = await hub.subscribe(client, parsed.sittingId, parsed.after);
      client.send(JSON.stringify({ type: "subscribed", sittingId: parsed.sittingId, position }));
    };
    socket.on("close", () => hub.unsubscribe(client));
  });
};
