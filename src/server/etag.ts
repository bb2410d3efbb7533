import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Principal } from "../domain/authorization.js";

/** Who is asking, as far as what they may see goes: the account and its roles, or the public. */
export const viewerKey = (p: Principal): string =>
  p.accountId === null && p.roles.length === 0 ? "public" : `${p.accountId ?? ""}|${p.roles.map((r) => `${r.role}:${r.scope ?? ""}`).sort().join(",")}`;

/**
 * ETags for reads that change only with the event log: routes marked `config: { etag: "position" }` answer 304 to
 * an If-None-Match naming the current position, for the same viewer and address. The position is read before
 * the answer, so a tag never claims a newer state than the answer it marks.
 */
export const registerPositionETags = (app: FastifyInstance, position: () => Promise<number>): void => {
  app.addHook("preHandler", async (request, reply) => {
    const config = request.routeOptions.config as { etag?: string } | undefined;
    if (config?.etag !== "position" || request.method !== "GET") return;
    const digest = createHash("sha256").update(`${viewerKey(request.principal)}\n${request.url}`).digest("base64url").slice(0, 16);
    const tag = `W/"${await position()}-${digest}"`;
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
