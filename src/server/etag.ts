import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Principal } from "../domain/authorization.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The event-log position this API read was read at, before its data; null outside GET /api/. */
    eventPosition: number | null;
  }
}

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

const digests = new Map<string, string>();

/** The tag's part for a viewer and address: a function of them alone, worked out once for each of the last ones seen. */
const digestOf = (viewerAndUrl: string): string => {
  const known = digests.get(viewerAndUrl);
  if (known !== undefined) return known;
  const digest = createHash("sha256").update(viewerAndUrl).digest("base64url").slice(0, 16);
  if (digests.size >= 10_000) digests.clear();
  digests.set(viewerAndUrl, digest);
  return digest;
};

/**
 * Every API read names the event position it was read at (`X-Event-Position`), read before the answer's data:
 * a screen that subscribes to the live channel after it misses no event committed between its read and its
 * subscription (at worst it sees one again). Routes marked `config: { etag: "position" }` also answer 304 to an
 * If-None-Match naming the current position, for the same viewer and address; the tag never claims a newer state
 * than the answer it marks. The position is read once per request and kept on it (`eventPosition`), for the
 * answer caches that key on it.
 */
export const registerPositionETags = (app: FastifyInstance, position: () => Promise<number>): void => {
  app.decorateRequest("eventPosition", null);
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "GET" || !request.url.startsWith("/api/")) return;
    const at = await position();
    request.eventPosition = at;
    reply.header(EVENT_POSITION_HEADER, String(at));
    const config = request.routeOptions.config as { etag?: string } | undefined;
    if (config?.etag !== "position") return;
    const digest = digestOf(`${viewerKey(request.principal)}\n${request.url}`);
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

/** The position REQUEST was read at (see registerPositionETags), or, for a request it was not read for, READ now. */
export const requestPosition = async (request: FastifyRequest, read: () => Promise<number>): Promise<number> =>
  request.eventPosition ?? (await read());
