import helmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import Fastify, { type FastifyInstance } from "fastify";

/** Headers every answer carries anyway, not security headers. */
const OWN = new Set(["content-type", "content-length", "date", "connection", "keep-alive"]);

/**
 * The security headers helmet sends with OPTIONS. They depend on nothing in the request (no CSP nonces), so
 * they are worked out once, by helmet itself on an answer of its own, instead of helmet being built anew for
 * every request as its Fastify plugin does.
 */
export const securityHeaders = async (options: FastifyHelmetOptions): Promise<Readonly<Record<string, string>>> => {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, { ...options, enableCSPNonces: false, global: true });
  probe.get("/", async () => "");
  const answer = await probe.inject({ url: "/" });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) if (!OWN.has(name) && typeof value === "string") headers[name] = value;
  return headers;
};

/** Sends helmet's headers for OPTIONS on every answer, worked out once. */
export const registerSecurityHeaders = async (app: FastifyInstance, options: FastifyHelmetOptions): Promise<void> => {
  const headers = await securityHeaders(options);
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
};
