import { expect } from "vitest";
import { DomainError, type ErrorCode } from "../domain/errors.js";

/** Expects a promise to fail with a domain error of the given code; returns the error for further checks. */
export const expectDomainError = async (promise: Promise<unknown>, code: ErrorCode): Promise<DomainError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a ${code} error`).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
};
