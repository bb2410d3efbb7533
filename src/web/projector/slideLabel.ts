import type { TFunction } from "i18next";
import type { BodyOf } from "../api/client.js";
import type { Routes } from "../../api/routes.js";

/** A slide as the control screen composes it. */
export type SlideChoice = BodyOf<Routes["projectors"]["preview"]>["slide"];

/** A slide in a few words, for the queue and the "showing now" line. */
export const slideLabel = (slide: SlideChoice, t: TFunction): string => {
  const kind = t(`projectors.kinds.${slide.kind}`);
  if (slide.kind === "message") return `${kind}: ${slide.text}`;
  if (slide.kind === "countdown") return `${kind}: ${slide.label ? `${slide.label} · ` : ""}${Math.round(slide.seconds / 60)} min`;
  if (slide.kind === "group_report") return `${kind} · ${t("report.pageShort", { page: (slide.page ?? 0) + 1 })}`;
  return kind;
};
