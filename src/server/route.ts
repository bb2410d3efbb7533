import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { ApiRoute } from "../api/routes.js";
import type { Principal } from "../domain/authorization.js";
import { DomainError } from "../domain/errors.js";
import { zodIssues } from "./errors.js";
import { requestPosition } from "./etag.js";
import { answerEncoding, type ResponseCache } from "./response-cache.js";

export interface RouteRequest<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly principal: Principal;
  readonly raw: FastifyRequest;
  readonly reply: FastifyReply;
}

/** What the server adds to a route of the contract: its documentation, status, limits, answer cache and thin handler. */
export interface RouteSpec<P, Q, B, R> {
  readonly summary: string;
  readonly tag: string;
  readonly status?: number;
  readonly bodyLimit?: number;
  /** Route options for plugins, e.g. `{ rateLimit: {...} }`. */
  readonly config?: Record<string, unknown>;
  /**
   * For reads: answers are reused while the event log has not moved (see ResponseCache), at the position the
   * request was read at, or, when none was, at POSITION read now.
   */
  readonly cache?: {
    readonly key: (req: RouteRequest<P, Q, B>) => string;
    readonly position: () => Promise<number>;
    readonly store: ResponseCache;
  };
  readonly handler: (req: RouteRequest<P, Q, B>) => Promise<R>;
}

/** A registered route: its contract (method, address, schemas) and what the server adds to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = ApiRoute & RouteSpec<any, any, any, any>;

/** An answer as a handler may build it: the contract's output type, read-only all the way down. */
type Answer<T> = T extends readonly (infer E)[]
  ? readonly Answer<E>[]
  : T extends Buffer | Date | ((...args: never[]) => unknown)
    ? T
    : T extends object
      ? { readonly [K in keyof T]: Answer<T[K]> }
      : T;

/** What a route's contract parses from one part of a request; nothing where the contract names no schema for it. */
type Parsed<C, K extends "params" | "query" | "body"> = C extends { readonly [P in K]: infer S extends z.ZodType }
  ? z.output<S>
  : undefined;

/** Every registered route, for the OpenAPI document. */
export const routeRegistry: AnyRoute[] = [];

const parseOrThrow = <T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T => {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new DomainError("validation_failed", `The request ${where} is invalid`, zodIssues(result.error, where));
  return result.data;
};

/**
 * Registers a route of the contract (`src/api/routes.ts`): validates params, query and body with its schemas, runs the
 * handler, checks and sends the output.
 */
export const defineRoute = <C extends ApiRoute>(
  app: FastifyInstance,
  contract: C,
  server: RouteSpec<Parsed<C, "params">, Parsed<C, "query">, Parsed<C, "body">, Answer<z.output<C["response"]>>>,
): void => {
  const spec = { ...contract, ...server } as AnyRoute;
  if (!routeRegistry.some((r) => r.method === spec.method && r.url === spec.url)) routeRegistry.push(spec);
  app.route({
    method: spec.method,
    url: spec.url.replace(/\{(\w+)\}/g, ":$1"),
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    ...(spec.config ? { config: spec.config } : {}),
    handler: async (request, reply) => {
      const params = parseOrThrow(spec.params, request.params, "params");
      const query = parseOrThrow(spec.query, request.query, "query");
      const body = parseOrThrow(spec.body, request.body ?? {}, "body");
      const req: RouteRequest<unknown, unknown, unknown> = { params, query, body, principal: request.principal, raw: request, reply };
      const cache = spec.cache;
      const key = cache?.key(req);
      if (cache && key !== undefined) return sendKept(request, reply, spec, cache, key, req);
      const result = await spec.handler(req);
      if (spec.status === 204) return reply.status(204).send();
      return reply.status(spec.status ?? 200).send(spec.response.parse(result));
    },
  });
};

/**
 * A read through its answer cache: at the request's position, read once for every request asking at once, and sent
 * compressed from the bytes kept with it when the client takes Brotli or gzip (the compression plugin then leaves it).
 */
const sendKept = async (
  request: FastifyRequest,
  reply: FastifyReply,
  spec: AnyRoute,
  cache: NonNullable<AnyRoute["cache"]>,
  key: string,
  req: RouteRequest<unknown, unknown, unknown>,
): Promise<FastifyReply> => {
  const position = await requestPosition(request, cache.position);
  const body = await cache.store.answer(key, position, async () => JSON.stringify(spec.response.parse(await spec.handler(req))));
  reply.status(spec.status ?? 200).type("application/json; charset=utf-8");
  const encoding = answerEncoding(request.headers["accept-encoding"]);
  const bytes = encoding ? await cache.store.encoded(key, position, encoding) : null;
  if (!encoding || !bytes) return reply.send(cache.store.utf8(key, position) ?? body);
  const vary = reply.getHeader("vary");
  return reply
    .header("vary", vary ? `${String(vary)}, accept-encoding` : "accept-encoding")
    .header("content-encoding", encoding)
    .send(bytes);
};
