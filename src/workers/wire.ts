import { DomainError, ERROR_CODES, type ErrorCode, type ErrorIssue, type ErrorReason } from "../domain/errors.js";

/** An error as it crosses between threads: domain errors keep their code, issues and the reason the interfaces word. */
export interface WireError {
  readonly code: ErrorCode | null;
  readonly message: string;
  readonly issues: readonly ErrorIssue[];
  readonly reason?: ErrorReason;
}

/** What a worker answers for one job; `ready` is sent once, when its modules are loaded. */
export type WorkerReply =
  { readonly ready: true } | { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: WireError };

/** Flattens a thrown value for postMessage. */
export const toWire = (error: unknown): WireError =>
  error instanceof DomainError
    ? { code: error.code, message: error.message, issues: [...error.issues], ...(error.reason ? { reason: error.reason } : {}) }
    : { code: null, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error), issues: [] };

/** Rebuilds the error on the calling thread; anything but a domain error stays an internal failure. */
export const fromWire = (w: WireError): Error =>
  w.code && w.code in ERROR_CODES
    ? new DomainError(w.code, w.message, w.issues, undefined, w.reason)
    : new Error(`Document worker: ${w.message}`);
