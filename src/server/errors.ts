import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { ErrorBody } from "../api/errors.js";
import { DomainError, ERROR_CODES, type ErrorCode, type ErrorIssue } from "../domain/errors.js";

/** What kind of problem a zod issue is, for the interface to word: a missing value, a text too long, a number too small … */
const problemOf = (i: z.core.$ZodIssue): NonNullable<ErrorIssue["problem"]> => {
  if (i.code === "unrecognized_keys") return { code: "unknown_field", params: { fields: i.keys.join(", ") } };
  if (i.code === "invalid_type") return { code: i.input === undefined ? "required" : "invalid", params: {} };
  if (i.code === "too_small" && (i.origin === "string" || i.origin === "array"))
    return Number(i.minimum) <= 1 ? { code: "required", params: {} } : { code: "too_short", params: { minimum: Number(i.minimum) } };
  if (i.code === "too_big" && (i.origin === "string" || i.origin === "array"))
    return { code: "too_long", params: { maximum: Number(i.maximum) } };
  if (i.code === "too_small") return { code: "too_small", params: { minimum: Number(i.minimum) } };
  if (i.code === "too_big") return { code: "too_big", params: { maximum: Number(i.maximum) } };
  return { code: "invalid", params: {} };
};

export const zodIssues = (error: z.ZodError, prefix = ""): ErrorIssue[] =>
  error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter((s) => s !== "").join("."),
    message: i.code === "unrecognized_keys" ? `unknown field(s): ${i.keys.join(", ")}` : i.message,
    problem: problemOf(i),
  }));

/** Codes of a store that cannot answer now: unreachable, restarting, out of connections, missing, busy. */
const STORE_DOWN = new Set([
  ...["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"],
  ...["57P01", "57P02", "57P03", "53300", "3D000"],
]);
/** PostgreSQL's connection-exception class 08, and SQLite's busy, locked, unopenable and I/O codes with their variants. */
const STORE_DOWN_CODE = /^08|^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL)/;
/** What the PostgreSQL pool, the SQLite driver and Kysely say, without a code, when no connection can be had. */
const STORE_DOWN_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|connection error and is not queryable|database connection is not open|driver has already been destroyed|pool after calling end/i;

/** Seconds a client should wait before retrying when the store is unavailable. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** Whether an error means the store cannot answer now (rather than a fault in the request or the code). */
export const isStoreDown = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && (STORE_DOWN.has(code) || STORE_DOWN_CODE.test(code))) return true;
  if (typeof message === "string" && STORE_DOWN_MESSAGE.test(message)) return true;
  return isStoreDown(cause, depth + 1);
};

/** Translates any thrown value into the catalogue; a client never sees a stack trace. */
export const toDomainError = (error: unknown): DomainError => {
  if (error instanceof DomainError) return error;
  if (error instanceof z.ZodError) return new DomainError("validation_failed", "The request is invalid", zodIssues(error));
  const e = error as Partial<FastifyError> & { code?: string; message?: string };
  if (e.code === "FST_ERR_CTP_INVALID_JSON_BODY" || (e.statusCode === 400 && /JSON/i.test(e.message ?? "")))
    return new DomainError("malformed_json", "The request body is not valid JSON", [{ path: "body", message: e.message ?? "" }]);
  if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return new DomainError("payload_too_large", "The request body is larger than this route accepts", [
      { path: "body", message: "too large" },
    ]);
  if (e.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
    return new DomainError("validation_failed", "Send the body as application/json", [
      { path: "content-type", message: "unsupported media type" },
    ]);
  if (e.statusCode === 429) return new DomainError("rate_limited", "Too many attempts; wait a minute and try again");
  if (isStoreDown(error))
    return new DomainError("store_unavailable", `The store is unavailable; try again in ${STORE_RETRY_AFTER_SECONDS} seconds`);
  if (e.code === "23505" || e.code === "SQLITE_CONSTRAINT_UNIQUE" || e.code === "SQLITE_CONSTRAINT_PRIMARYKEY")
    return new DomainError("conflict", "This already exists");
  if (e.statusCode === 404) return new DomainError("not_found", "No such resource");
  return new DomainError("internal", "Something went wrong on our side; the error was logged");
};

/** Status for a code; oversized bodies answer 400 like every other malformed request. */
export const statusOf = (code: ErrorCode): number => (code === "payload_too_large" ? 400 : ERROR_CODES[code]);

export const sendError = (reply: FastifyReply, request: FastifyRequest, error: unknown): FastifyReply => {
  const domain = toDomainError(error);
  if (domain.code === "internal" || domain.code === "store_unavailable") request.log.error({ err: error }, "request failed");
  if (domain.code === "store_unavailable" && !reply.hasHeader("retry-after"))
    reply.header("retry-after", String(STORE_RETRY_AFTER_SECONDS));
  const body: ErrorBody = {
    error: {
      code: domain.code,
      message: domain.message,
      issues: [...domain.issues],
      ...(domain.details ? { details: domain.details } : {}),
      ...(domain.reason ? { reason: domain.reason } : {}),
    },
  };
  return reply.status(statusOf(domain.code)).send(body);
};
