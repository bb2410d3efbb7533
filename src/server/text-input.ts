import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError, type ErrorIssue } from "../domain/errors.js";
import { firstUnstorable } from "../domain/unstorable-text.js";

const MAX_DEPTH = 64;

const describe = (text: string): string | null => {
  const code = firstUnstorable(text);
  if (code === null) return null;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === 0) return `contains a NUL character (${hex}), which is not accepted`;
  if (code >= 0xd800 && code <= 0xdfff) return `contains a lone surrogate (${hex}), which is not valid Unicode`;
  return `contains a control character (${hex}), which is not accepted`;
};

/** The first string (or key) in a parsed input holding a forbidden character, with its field path. */
export const findForbiddenText = (value: unknown, path: string, depth = 0): ErrorIssue | null => {
  if (typeof value === "string") {
    const message = describe(value);
    return message ? { path, message } : null;
  }
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return null;
  if (depth >= MAX_DEPTH) return { path, message: `is nested deeper than ${MAX_DEPTH} levels` };
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const inKey = describe(key);
    if (inKey) return { path: at, message: `its name ${inKey}` };
    const issue = findForbiddenText(child, at, depth + 1);
    if (issue) return issue;
  }
  return null;
};

/** Refuses, before any route sees it, a request whose params, query or body carries a forbidden character. */
export const checkRequestText = async (request: FastifyRequest): Promise<void> => {
  for (const [where, value] of [
    ["params", request.params],
    ["query", request.query],
    ["body", request.body],
  ] as const) {
    const issue = findForbiddenText(value, where);
    if (issue) throw new DomainError("validation_failed", `The request ${where} holds characters that cannot be stored`, [issue]);
  }
};

/** Applies the check to every route of the app, those made with defineRoute and the others. */
export const registerTextInput = (app: FastifyInstance): void => {
  app.addHook("preValidation", checkRequestText);
};
