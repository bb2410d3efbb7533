/** What a person can be told of; each kind is shown in the app, and sent by e-mail where the person chose so. */
export const NOTIFICATION_KINDS = [
  "amendment_decided",
  "next_to_speak",
  "vote_opened",
  "deadline_soon",
  "recommendation_adopted",
  "draft_activity",
  "group_activity",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);

/**
 * Whether a kind goes out by e-mail until the person says otherwise: what decides about a person's own work or has a
 * deadline does; what happens in the room they sit in (the floor, a vote) or what they merely follow does not.
 */
export const EMAIL_BY_DEFAULT: Readonly<Record<NotificationKind, boolean>> = {
  amendment_decided: true,
  next_to_speak: false,
  vote_opened: false,
  deadline_soon: true,
  recommendation_adopted: true,
  draft_activity: false,
  group_activity: false,
};

/** A person's choice of e-mail per kind, the defaults filled in for the kinds never chosen. */
export const emailChoices = (chosen: Partial<Record<NotificationKind, boolean>>): Record<NotificationKind, boolean> =>
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, chosen[k] ?? EMAIL_BY_DEFAULT[k]])) as Record<NotificationKind, boolean>;

/** What a person can follow: a draft resolution or a discussion group. */
export const FOLLOW_TARGETS = ["draft", "group"] as const;
export type FollowTarget = (typeof FOLLOW_TARGETS)[number];

/** The words of a notice, put in the reader's language by the screen or the mail: plain values, never markup. */
export type NoticeParams = Readonly<Record<string, string | number | null>>;
