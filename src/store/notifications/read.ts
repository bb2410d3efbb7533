import type { FollowTarget } from "../../domain/notifications/kinds.js";
import type { Kysely } from "kysely";
import type { AccountId } from "../../domain/ids.js";
import {
  emailChoices,
  isNotificationKind,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NoticeParams,
} from "../../domain/notifications/kinds.js";
import type { Schema } from "../schema.js";

/** A notice as stored, its words' values decoded. */
export interface StoredNotification {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly subject: string;
  readonly link: string;
  readonly params: NoticeParams;
  readonly createdAt: string;
  readonly readAt: string | null;
}

const decodeParams = (text: string): NoticeParams => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => v === null || typeof v === "string" || typeof v === "number"),
    ) as NoticeParams;
  } catch {
    return {};
  }
};

/** A person's latest notices, newest first (of kinds this version knows), and how many are unread. */
export const notificationsOf = async (db: Kysely<Schema>, accountId: AccountId, limit: number) => {
  const rows = await db
    .selectFrom("notifications")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  const notifications: StoredNotification[] = rows
    .filter((r) => isNotificationKind(r.kind))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      subject: r.subject,
      link: r.link,
      params: decodeParams(r.params),
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
  return { notifications, unread: await unreadCount(db, accountId) };
};

/** How many of a person's notices are unread. */
export const unreadCount = async (db: Kysely<Schema>, accountId: AccountId): Promise<number> => {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("account_id", "=", accountId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
};

/** A person's e-mail choice for every kind, the defaults where they chose nothing. */
export const preferencesOf = async (db: Kysely<Schema>, accountId: AccountId) => {
  const rows = await db.selectFrom("notification_preferences").select(["kind", "email"]).where("account_id", "=", accountId).execute();
  const chosen = Object.fromEntries(rows.filter((r) => isNotificationKind(r.kind)).map((r) => [r.kind, r.email === 1]));
  const choices = emailChoices(chosen);
  return NOTIFICATION_KINDS.map((kind) => ({ kind, inApp: true as const, email: choices[kind] }));
};

/** Whether a person follows a draft or a group. */
export const isFollowing = async (db: Kysely<Schema>, accountId: AccountId, target: FollowTarget, targetId: string): Promise<boolean> =>
  (await db
    .selectFrom("follows")
    .select("account_id")
    .where("account_id", "=", accountId)
    .where("target", "=", target)
    .where("target_id", "=", targetId)
    .executeTakeFirst()) !== undefined;
