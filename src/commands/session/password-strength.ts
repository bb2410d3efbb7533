import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** The shortest password accepted; the strength estimate decides beyond it. */
export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's score 3: safe against an offline attack on a slow hash such as argon2id. */
const MIN_SCORE = 3;

/** Why a password is refused, as a stable reason the interface words in its own language. */
export type PasswordWeakness = "too_short" | "common" | "pattern" | "personal" | "guessable";

const REASONS: Readonly<Record<string, PasswordWeakness>> = {
  topTen: "common",
  topHundred: "common",
  common: "common",
  similarToCommon: "common",
  pwned: "common",
  straightRow: "pattern",
  keyPattern: "pattern",
  simpleRepeat: "pattern",
  extendedRepeat: "pattern",
  sequences: "pattern",
  recentYears: "pattern",
  dates: "pattern",
  userInputs: "personal",
  namesByThemselves: "personal",
  commonNames: "personal",
};

/** Feedback as zxcvbn's own keys, so the reason does not depend on its English wording. */
const asKeys = <T extends Record<string, string>>(messages: T): T => Object.fromEntries(Object.keys(messages).map((k) => [k, k])) as T;

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: { ...en.translations, warnings: asKeys(en.translations.warnings), suggestions: asKeys(en.translations.suggestions) },
});

/**
 * Why a new password is too weak, or null when it is strong enough: at least 12 characters and
 * hard to guess, also from the person's own e-mail and name (given as `personal`).
 */
export const passwordWeakness = async (password: string, personal: readonly string[]): Promise<PasswordWeakness | null> => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "too_short";
  const words = personal.flatMap((p) => {
    const pieces = p
      .toLowerCase()
      .split("@")[0]!
      .split(/[^\p{L}\p{N}]+/u);
    return [...pieces, pieces.join("")];
  });
  // The estimate's cost grows with length; the first 100 characters decide whether a password is guessable.
  const result = await estimator.checkAsync(
    password.slice(0, 100),
    words.filter((w) => w.length >= 3),
  );
  if (result.score >= MIN_SCORE) return null;
  return REASONS[result.feedback.warning ?? ""] ?? "guessable";
};
