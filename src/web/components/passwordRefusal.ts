import type { TFunction } from "i18next";
import { ApiError } from "../api/client.js";

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Words, in the interface language, why the server refused a new password: the stable reason it
 * gives (current password missing or wrong, too short, common, a pattern, personal, guessable).
 */
export const passwordRefusal = (cause: unknown, t: TFunction): string => {
  if (!(cause instanceof ApiError) || cause.status !== 400) return t("status.failed");
  const reason = (cause.details as { reason?: unknown } | undefined)?.reason;
  const messages: Readonly<Record<string, string>> = {
    current_password: t("password.wrongCurrent"),
    too_short: t("password.tooShort", { count: MIN_PASSWORD_LENGTH }),
    common: t("password.weak.common"),
    pattern: t("password.weak.pattern"),
    personal: t("password.weak.personal"),
    guessable: t("password.weak.guessable"),
  };
  return (typeof reason === "string" ? messages[reason] : undefined) ?? t("password.rejected");
};

/** What is wrong with a new password typed twice, in the interface language; null when it may be sent. */
export const passwordProblem = (password: string, confirmation: string, t: TFunction): string | null => {
  if (password.length < MIN_PASSWORD_LENGTH) return t("password.tooShort", { count: MIN_PASSWORD_LENGTH });
  if (confirmation !== password) return t("password.mismatch");
  return null;
};
