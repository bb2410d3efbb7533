import type { TFunction } from "i18next";
import type { Output } from "../api/client.js";
import type { Routes } from "../../api/routes.js";
import { isolate } from "../components/isolate.js";

export type TaskSummary = Output<Routes["translations"]["queue"]>["tasks"][number];

/** What a task translates, in words: "Amendment 3 (OP5)", "Sub-amendment 7 to amendment 3", "Group 2, question 1". */
export const whatIsTranslated = (t: TFunction, task: TaskSummary): string => {
  if (task.sourceKind === "recommendation")
    return task.question === null
      ? t("translations.what.recommendation", { group: task.groupNumber ?? "" })
      : t("translations.what.recommendationQuestion", { group: task.groupNumber ?? "", question: task.question });
  const base =
    task.parentNumber !== null
      ? t("translations.what.subAmendment", { number: task.number ?? "", parent: task.parentNumber })
      : task.label
        ? t("translations.what.amendmentAt", { number: task.number ?? "", label: isolate(task.label) })
        : t("translations.what.amendment", { number: task.number ?? "" });
  return task.part === "revised" ? `${base} · ${t("translations.what.revised")}` : base;
};

/** A duration in hours and minutes ("2 h 05 min"), in the reader's language's words. */
export const duration = (t: TFunction, ms: number | null): string => {
  if (ms === null) return t("translations.turnaround.pending");
  const minutes = Math.round(ms / 60_000);
  return t("translations.turnaround.duration", { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, "0") });
};
