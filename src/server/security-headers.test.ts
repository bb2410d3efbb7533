import helmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { registerSecurityHeaders } from "./security-headers.js";

const OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
  crossOriginEmbedderPolicy: false,
};

const answer = async (register: (app: ReturnType<typeof Fastify>) => Promise<unknown>) => {
  const app = Fastify({ logger: false });
  await register(app);
  app.get("/api/x", async () => ({ ok: true }));
  app.get("/page", async (_request, reply) => reply.type("text/html").send("<p>"));
  const [api, page] = [await app.inject({ url: "/api/x" }), await app.inject({ url: "/page" })];
  await app.close();
  return { api: api.headers, page: page.headers };
};

describe("security headers", () => {
  it("sends on every answer the headers helmet sends, worked out once", async () => {
    const ours = await answer((app) => registerSecurityHeaders(app, OPTIONS));
    const helmets = await answer((app) => app.register(helmet, OPTIONS));
    for (const kind of ["api", "page"] as const) {
      const { date: _d, "content-type": _t, "content-length": _l, ...expected } = helmets[kind];
      expect(Object.keys(expected).length).toBeGreaterThan(8);
      expect(ours[kind]).toMatchObject(expected);
    }
    expect(ours.api["content-security-policy"]).toMatch(/^default-src 'self';.*frame-ancestors 'none'/);
    expect(ours.api["x-content-type-options"]).toBe("nosniff");
  });
});
