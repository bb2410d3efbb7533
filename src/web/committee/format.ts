import type { TFunction } from "i18next";
import { formatterOf } from "../i18n/digits.js";
import type { Language } from "../../domain/language.js";
import type { Decision, Vote } from "./types.js";

/** How a decision was taken, in one line: "by consensus", "show of hands: 11 for, 2 against, 1 abstention". */
export const describeDecision = (t: TFunction, d: Decision): string => {
  switch (d.method) {
    case "consensus":
      return t("committee.decision.consensus");
    case "show_of_hands":
    case "electronic":
      return t(`committee.decision.${d.method}`, { for: d.for, against: d.against, abstain: d.abstain });
    case "roll_call":
      return t("committee.decision.roll_call", { count: d.votes.length });
  }
};

/** A closed vote's counts, named by the method the vote was taken by (electronic or show of hands). */
export const voteResult = (t: TFunction, vote: Pick<Vote, "kind"> & { readonly counts: NonNullable<Vote["counts"]> }): string =>
  t(`committee.decision.${vote.kind}`, { for: vote.counts.for, against: vote.counts.against, abstain: vote.counts.abstain });

/** A deadline's local date-time ("2021-11-27T18:00") in UN style with its zone named: "27 November 2021, 18:00 (Europe/Madrid)". */
export const inZone = (local: string, timeZone: string, language: Language): string =>
  `${formatterOf(language).date(local.slice(0, 10))}, ${formatterOf(language).digitsIn(local.slice(11, 16))} (${timeZone})`;

/** The time left until a moment, in whole days, hours and minutes; null once it has passed. */
export const timeLeft = (instant: string, now: number): { days: number; hours: number; minutes: number } | null => {
  const ms = Date.parse(instant) - now;
  if (!(ms > 0)) return null;
  const minutes = Math.ceil(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
};
