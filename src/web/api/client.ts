import type { z } from "zod";
import type { textInLanguageSchema } from "../../api/multilingual.js";
import type { ErrorBody } from "../../api/errors.js";
import { routes, type ApiRoute, type Routes } from "../../api/routes.js";

/** What is wrong with one field of a refused request, as the error answer names it. */
export type ApiIssue = ErrorBody["error"]["issues"][number];
/** The precise refusal and its values, as the error answer names it. */
export type ApiReason = NonNullable<ErrorBody["error"]["reason"]>;

/** A failed API call, carrying the server's stable error code and field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
    /** What the server adds to explain the refusal, e.g. the current state of a stale subject. */
    readonly details?: unknown,
    /** The precise refusal and its values, which the interface words in its language (`errors.reason.<code>`). */
    readonly reason?: ApiReason,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session; every cookie-authenticated write sends it. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** The header that lets a write outside the JSON client (a file download by POST) through the CSRF check. */
export const csrfHeaders = (): Record<string, string> => (csrfToken ? { "x-csrf-token": csrfToken } : {});

interface RequestOptions {
  readonly method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** The ApiError of a refused answer: its code, English message, issues, details and the reason to word. */
export const errorFrom = async (response: Response): Promise<ApiError> => {
  try {
    const json = (await response.json()) as Partial<ErrorBody>;
    const error: Partial<ErrorBody["error"]> = json.error ?? {};
    const { code = "unknown", message = response.statusText, issues = [], details, reason } = error;
    return new ApiError(response.status, code, message, issues, details, reason);
  } catch {
    return new ApiError(response.status, response.status === 429 ? "rate_limited" : "unknown", response.statusText);
  }
};

/** Calls the JSON API at a path; resolves with the parsed body (undefined for 204) or rejects with an ApiError. */
const send = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  const answer = (await response.json()) as T;
  const at = Number(response.headers.get("x-event-position") ?? Number.NaN);
  if (typeof answer === "object" && answer !== null && Number.isSafeInteger(at)) readAt.set(answer, at);
  return answer;
};

const readAt = new WeakMap<object, number>();
/** The event position an answer was read at, for following the live channel after it; null when unknown. */
export const positionOf = (answer: unknown): number | null =>
  typeof answer === "object" && answer !== null ? (readAt.get(answer) ?? null) : null;

/** VALUE, made from ANSWER alone, as read at the same event position. */
export const readLike = <T extends object>(answer: object, value: T): T => {
  const at = readAt.get(answer);
  if (at !== undefined) readAt.set(value, at);
  return value;
};

type Part<R, K extends "params" | "query" | "body"> = R extends Record<K, z.ZodType> ? { readonly [P in K]: z.input<R[K]> } : unknown;
/** What one route takes: its path parameters, query and body, each typed from the contract. */
export type Input<R> = Part<R, "params"> & Part<R, "query"> & Part<R, "body">;
/** What one route answers, typed from the contract. */
export type Output<R> = R extends { readonly response: z.ZodType } ? z.output<R["response"]> : never;
/** The body one route takes, typed from the contract. */
export type BodyOf<R> = R extends { readonly body: z.ZodType } ? z.input<R["body"]> : never;
type Args<R> = object extends Input<R> ? [input?: Input<R>] : [input: Input<R>];

/** A call not yet sent: its address names it, for hooks that load and reload. */
export interface ApiRequest<T> {
  readonly url: string;
  readonly send: (signal?: AbortSignal) => Promise<T>;
}

interface AnyInput {
  readonly params?: Record<string, string | number>;
  readonly query?: Record<string, string | number | boolean | undefined>;
  readonly body?: unknown;
}

/** The address of a route with its path parameters filled in and its query appended. */
export const urlOf = (route: ApiRoute, input: AnyInput = {}): string => {
  const path = route.url.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(input.params?.[name] ?? "")));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) if (value !== undefined) query.set(key, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
};

/** Loads a GET request by its address, which loading hooks key on (a request object is new at every render). */
export const load = <T>(url: string, signal?: AbortSignal): Promise<T> => send<T>(url, { signal });

const requestOf = (route: ApiRoute, input: AnyInput = {}): ApiRequest<unknown> => {
  const url = urlOf(route, input);
  const body = route.body ? (input.body ?? {}) : undefined;
  return { url, send: (signal) => send(url, { method: route.method, body, signal }) };
};

type Requests = {
  readonly [F in keyof Routes]: { readonly [A in keyof Routes[F]]: (...args: Args<Routes[F][A]>) => ApiRequest<Output<Routes[F][A]>> };
};
type Calls = {
  readonly [F in keyof Routes]: {
    readonly [A in keyof Routes[F]]: (
      ...args: [...Args<Routes[F][A]>, options?: { signal?: AbortSignal }]
    ) => Promise<Output<Routes[F][A]>>;
  };
};

const table = Object.entries(routes) as [string, Record<string, ApiRoute>][];
const build = <T>(make: (route: ApiRoute) => T) =>
  Object.fromEntries(
    table.map(([feature, actions]) => [
      feature,
      Object.fromEntries(Object.entries(actions).map(([action, route]) => [action, make(route)])),
    ]),
  );

/** Every API route as a call that is not sent yet, e.g. `requests.amendments.list({ params: { id } })`, for loading hooks. */
export const requests = build((route) => (input?: AnyInput) => requestOf(route, input)) as unknown as Requests;

/** Every API route as a typed call, e.g. `api.amendments.propose({ params: { id }, body })`. */
export const api = build(
  (route) => (input?: AnyInput, options?: { signal?: AbortSignal }) => requestOf(route, input).send(options?.signal),
) as unknown as Calls;

type OneLanguage = z.output<typeof textInLanguageSchema>;
/** An answer read without `?lang=`: every text comes with all its languages, never one of them. */
export type AllLanguages<T> = T extends OneLanguage
  ? never
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: AllLanguages<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: AllLanguages<T[K]> }
      : T;

/** Reads a route that may answer in one language in all of them, by not asking for one. */
export const allLanguages = <T>(request: ApiRequest<T>): ApiRequest<AllLanguages<T>> => {
  if (/[?&]lang=/.test(request.url)) throw new Error(`${request.url} asks for one language`);
  return request as ApiRequest<unknown> as ApiRequest<AllLanguages<T>>;
};
