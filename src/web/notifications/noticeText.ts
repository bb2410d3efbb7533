import type { TFunction } from "i18next";
import type { NotificationView } from "../../api/notifications.js";

const ACTIVITIES = new Set([
  "committee.decided",
  "amendment.submitted",
  "deadline.set",
  "body_adoption.recorded",
  "vote.opened",
  "vote.closed",
  "recommendation.agreed",
  "recommendation.adopted",
]);

/** What a notification says, in the interface language, from its kind and its values. */
export const noticeText = (t: TFunction, n: NotificationView, number: (value: number) => string): string => {
  const p = n.params;
  switch (n.kind) {
    case "amendment_decided":
      return t("notifications.text.amendment_decided", {
        number: typeof p.number === "number" ? number(p.number) : "",
        status: t(`drafts.amendmentStatus.${String(p.status)}`, { defaultValue: "" }),
      });
    case "next_to_speak":
      return t(p.floor === "plenary" ? "notifications.text.next_to_speak_plenary" : "notifications.text.next_to_speak_group");
    case "deadline_soon":
      return t("notifications.text.deadline_soon");
    case "draft_activity":
    case "group_activity": {
      const activity = typeof p.activity === "string" && ACTIVITIES.has(p.activity) ? p.activity.replace(".", "_") : "other";
      return t(`notifications.activity.${n.kind}.${activity}`, { defaultValue: t(`notifications.activity.${n.kind}.other`) });
    }
    default:
      return t(`notifications.text.${n.kind}`);
  }
};
