import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Principal } from "../domain/authorization.js";

/** The header naming the event-log position an API answer was read at; a screen follows the live channel after it. */
export const EVENT_POSITION_HEADER = "x-event-position";

/** Who is asking, as far as what they may see goes: the account and its roles, or the public. */
export const viewerKey = (p: Principal): string =>
  p.accountId === null && p.roles.length === 0
    ? "public"
    : `${p.accountId ?? ""}|${p.roles
        .map((r) => `${r.role}:${r.scope ?? ""}`)
        .sort()
        .join(",")}`;

/**
 * Every API read names the event position it was read at (`X-Event-Position`), read before the answer's data:
 * a screen that subscribes to the live channel after it misses no event committed between its read and its
 * subscription (at worst it sees one again). Routes marked `config: { etag: "position" }` also answer 304 to an
 * If-None-Match naming the current position, for the same viewer and address; the tag never claims a newer state
 * than the answer it marks.
 */
export const registerPositionETags = (app: FastifyInstance, position: () => Promise<number>): void => {
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "GET" || !request.url.startsWith("/api/")) return;
    const at = await position();
    reply.header(EVENT_POSITION_HEADER, String(at));
    const config = request.routeOptions.config as { etag?: string } | undefined;
    if (config?.etag !== "position") return;
    const digest = createHash("sha256")
      .update(`${viewerKey(request.principal)}\n${request.url}`)
      .digest("base64url")
      .slice(0, 16);
    const tag = `W/"${at}-${digest}"`;
    reply.header("etag", tag);
    reply.header("cache-control", "private, no-cache");
    const asked = request.headers["if-none-match"];
    if (asked && asked.split(",").some((t) => t.trim() === tag)) return reply.code(304).send();
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (reply.statusCode >= 300 && reply.statusCode !== 304 && reply.hasHeader("etag")) reply.removeHeader("etag");
    return payload;
  });
};
