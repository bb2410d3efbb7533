import type { AccountId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import type { MailKind } from "../../mail/templates.js";
/** Where a queued mail stands: waiting (or retrying), delivered by SMTP, written to the log, or given up. */
export type MailState = "queued" | "sent" | "logged" | "failed";

/** The outbox and the password resets (migration 008); neither is part of a backup: both hold short-lived secrets. */
export interface MailTables {
  outbox: {
    id: string;
    kind: MailKind;
    recipient: string;
    account_id: AccountId | null;
    language: Language;
    subject: string;
    text: string;
    html: string;
    /** JSON list of the one-time secrets the mail carries, masked in the stored copy once delivered by SMTP. */
    secrets: string | null;
    state: MailState;
    attempts: number;
    next_attempt_at: string;
    lease_until: string | null;
    last_error: string | null;
    created_at: string;
    sent_at: string | null;
  };
  password_resets: {
    id: string;
    account_id: AccountId;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
}
