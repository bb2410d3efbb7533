import { z } from "zod";
import { NOTIFICATION_KINDS, FOLLOW_TARGETS } from "../domain/notifications/kinds.js";
import { id } from "./common.js";

export const notificationKind = z.enum(NOTIFICATION_KINDS);

/** One notice to the caller: its kind, what it is about, where the app shows it, and the values its words take. */
export const notificationSchema = z.strictObject({
  id: z.string(),
  kind: notificationKind,
  subject: z.string(),
  link: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.output<typeof notificationSchema>;

/** The caller's latest notices, newest first, and how many are unread; live events `notification.created` add to them. */
export const notificationListSchema = z.strictObject({
  notifications: z.array(notificationSchema),
  unread: z.number().int().min(0),
});

export const notificationListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).optional() });

/** Marks notices read: the ones named, or all of the caller's when none are. */
export const markReadBody = z.strictObject({ ids: z.array(id).max(200).optional() });
export const unreadSchema = z.strictObject({ unread: z.number().int().min(0) });

/** The caller's choice per kind: in the app always, by e-mail as chosen. */
export const preferencesSchema = z.strictObject({
  preferences: z.array(z.strictObject({ kind: notificationKind, inApp: z.literal(true), email: z.boolean() })),
});
export const preferenceBody = z.strictObject({ kind: notificationKind, email: z.boolean() });

export const followTarget = z.enum(FOLLOW_TARGETS);
export const followParams = z.strictObject({ target: followTarget, id });
/** Whether the caller follows a draft or a group, and may. */
export const followSchema = z.strictObject({
  target: followTarget,
  targetId: z.string(),
  following: z.boolean(),
  permissions: z.strictObject({ follow: z.boolean() }),
});
export const followBody = z.strictObject({ following: z.boolean() });
