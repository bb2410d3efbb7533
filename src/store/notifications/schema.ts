import type { AccountId } from "../../domain/ids.js";
import type { NotificationKind } from "../../domain/notifications/kinds.js";
/** Notifications, e-mail choices and follows (migration 016). */
export interface NotificationTables {
  notifications: {
    id: string;
    account_id: AccountId;
    kind: NotificationKind;
    subject: string;
    /** A path of the web app where the subject is shown. */
    link: string;
    /** JSON: the values the notice's words take (an amendment's number, its status, a deadline's instant). */
    params: string;
    /** Set for a notice given once only: unique per account. */
    once_key: string | null;
    created_at: string;
    read_at: string | null;
  };
  notification_preferences: {
    account_id: AccountId;
    kind: NotificationKind;
    /** 1: an e-mail copy goes out; 0: in the app only. */
    email: number;
  };
  follows: {
    account_id: AccountId;
    target: string;
    target_id: string;
    created_at: string;
  };
}
