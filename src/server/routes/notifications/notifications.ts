import type { FastifyInstance } from "fastify";
import { routes } from "../../../api/routes.js";
import { followState, setFollowing } from "../../../commands/notifications/follow.js";
import { setEmailChoice } from "../../../commands/notifications/preferences.js";
import { markNotificationsRead } from "../../../commands/notifications/read.js";
import type { Store } from "../../../store/database.js";
import { notificationsOf, preferencesOf } from "../../../store/notifications/read.js";
import type { Writer } from "../../../store/write.js";
import { requireAccount } from "../../auth.js";
import { defineRoute } from "../../route.js";

const r = routes.notifications;

/** The caller's notifications, their e-mail choices and what they follow; each answers for the caller alone. */
export const registerNotificationRoutes = (app: FastifyInstance, store: Store, writer: Writer): void => {
  defineRoute(app, r.list, {
    summary: "The caller's latest notifications, newest first, with the count unread",
    tag: "notifications",
    handler: async ({ raw, query }) => {
      const account = requireAccount(raw);
      const { notifications, unread } = await notificationsOf(store.db, account.id, query.limit ?? 50);
      return { notifications: notifications.map((n) => ({ ...n, params: { ...n.params } })), unread };
    },
  });
  defineRoute(app, r.markRead, {
    summary: "Marks the caller's notifications read: those named, or all",
    tag: "notifications",
    handler: async ({ raw, principal, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => markNotificationsRead(ctx, principal, body.ids))).result;
    },
  });
  defineRoute(app, r.preferences, {
    summary: "The caller's choice per kind of notification: in the app always, by e-mail as chosen",
    tag: "notifications",
    handler: async ({ raw }) => ({ preferences: await preferencesOf(store.db, requireAccount(raw).id) }),
  });
  defineRoute(app, r.setPreference, {
    summary: "Chooses whether one kind of notification also comes by e-mail",
    tag: "notifications",
    handler: async ({ raw, principal, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => setEmailChoice(ctx, principal, body.kind, body.email))).result;
    },
  });
  defineRoute(app, r.follow, {
    summary: "Whether the caller follows a draft resolution or a discussion group, and may",
    tag: "notifications",
    handler: async ({ raw, principal, params }) => {
      requireAccount(raw);
      return followState(store.db, principal, params.target, params.id);
    },
  });
  defineRoute(app, r.setFollow, {
    summary: "Follows or stops following a draft resolution or a discussion group",
    tag: "notifications",
    handler: async ({ raw, principal, params, body }) => {
      const account = requireAccount(raw);
      return (await writer.run(account.id, (ctx) => setFollowing(ctx, principal, params.target, params.id, body.following))).result;
    },
  });
};
