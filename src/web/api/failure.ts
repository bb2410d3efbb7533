import i18next, { type TFunction } from "i18next";
import { isLanguage, type Language } from "../../domain/language.js";
import { isolate } from "../components/isolate.js";
import { formatterOf } from "../i18n/digits.js";
import type { WordingParams } from "../../domain/errors.js";
import { ApiError, type ApiIssue } from "./client.js";

const MISSING = "\u0000missing";

/** The interface language i18next speaks now, for values (dates) the wording does not format itself. */
const interfaceLanguage = (): Language => (isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : "en");

/**
 * A wording's values as the interface writes them: numbers stay numbers (the sentence writes them in the reader's
 * digits), a decimal sent as text ("50.0") is a number, an ISO date is a date of the interface language, any other
 * text (a name, a file) is isolated.
 */
const valuesOf = (params: WordingParams, language: Language): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) return [name, Number(value)];
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return [name, formatterOf(language).date(value)];
      if (typeof value === "string" && /^\d{2}:\d{2}$/.test(value)) return [name, formatterOf(language).digitsIn(value)];
      // A name, a file or a zone keeps its own direction inside the sentence.
      return [name, typeof value === "string" ? isolate(value) : value];
    }),
  );

/** The wording of `key` with its values, or null when the locale has none. */
const worded = (t: TFunction, key: string, params: Record<string, string | number>): string | null => {
  const text = t(key, { ...params, defaultValue: MISSING });
  return text === MISSING ? null : text;
};

/**
 * A refusal in the interface language: the precise reason when the locale words it (`errors.reason.<code>`), else
 * what the error code means (`errors.code.<code>`; English shows the server's own message there, the most precise
 * English there is); the server's English message only for a code this interface does not know.
 */
export const refusalInWords = (t: TFunction, error: ApiError, language: Language = interfaceLanguage()): string => {
  if (error.reason) {
    const text = worded(t, `errors.reason.${error.reason.code}`, valuesOf(error.reason.params, language));
    if (text !== null) return text;
  }
  return worded(t, `errors.code.${error.code}`, { message: error.message }) ?? error.message;
};

/**
 * What is wrong with one field, in the interface language: the kind of problem worded; a problem the server does
 * not name is "not valid" (`errors.issue.other`, which English words with the server's own message).
 */
export const issueInWords = (t: TFunction, issue: ApiIssue, language: Language = interfaceLanguage()): string =>
  (issue.problem && worded(t, `errors.issue.${issue.problem.code}`, valuesOf(issue.problem.params, language))) ??
  worded(t, "errors.issue.other", { message: issue.message }) ??
  issue.message;

/** The issues of a refusal with their messages in the interface language, for forms that show them by field. */
export const issuesInWords = (t: TFunction, issues: readonly ApiIssue[], language?: Language): ApiIssue[] =>
  issues.map((issue) => ({ ...issue, message: issueInWords(t, issue, language) }));

/**
 * Why a request failed, in words of the interface language: a request that never reached the server says so
 * ("You are offline; your request was not sent"), a refusal gives the server's reason, worded from its code.
 */
export const failureInWords = (t: TFunction, cause: unknown, language?: Language): string => {
  if (cause instanceof ApiError && cause.code === "network") return t("failure.offline");
  if (cause instanceof ApiError && cause.code === "rate_limited") return t("failure.rateLimited");
  if (cause instanceof ApiError) return refusalInWords(t, cause, language);
  return cause instanceof Error ? cause.message : String(cause);
};
