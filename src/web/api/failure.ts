import type { TFunction } from "i18next";
import { ApiError } from "./client.js";

/**
 * Why a request failed, in words of the interface language: a request that never reached the server says so
 * ("You are offline; your request was not sent"), a refusal gives the server's reason.
 */
export const failureInWords = (t: TFunction, cause: unknown): string => {
  if (cause instanceof ApiError && cause.code === "network") return t("failure.offline");
  if (cause instanceof ApiError && cause.code === "rate_limited") return t("failure.rateLimited");
  return cause instanceof Error ? cause.message : String(cause);
};
