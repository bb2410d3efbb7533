import type { Kysely } from "kysely";
import type { AccountId } from "../domain/ids.js";
import { isLanguage, type Language } from "../domain/language.js";
import { inLanguage } from "../domain/multilingual.js";
import { signInLink } from "../store/first-start.js";
import { queueMail } from "../store/mail/outbox.js";
import { loadEvent } from "../store/setup/meeting-events.js";
import type { Schema } from "../store/schema.js";
import type { WriteContext } from "../store/write-context.js";
import { composeMail } from "./templates.js";

/** A person's first working language among those the participant list gives, else `fallback`. */
export const recipientLanguage = async (db: Kysely<Schema>, accountId: AccountId, fallback: Language = "en"): Promise<Language> => {
  const row = await db.selectFrom("participants").select("languages").where("account_id", "=", accountId).executeTakeFirst();
  let listed: unknown = [];
  try {
    listed = row ? JSON.parse(row.languages) : [];
  } catch {
    listed = [];
  }
  return (Array.isArray(listed) ? listed.find(isLanguage) : undefined) ?? fallback;
};

/** A participant's invitation as the participants routes hand it over. */
export interface InvitationToMail {
  readonly accountId: AccountId;
  readonly email: string;
  readonly name: string;
  readonly token: string;
  readonly expiresAt: string;
}

const hoursLeft = (now: string, expiresAt: string) => Math.max(1, Math.round((Date.parse(expiresAt) - Date.parse(now)) / 3_600_000));

/** Queues each invitation's sign-in link by mail, in the participant's language, with the event's name in it. */
export const queueInvitationMails = async (
  ctx: WriteContext,
  eventId: string,
  invitations: readonly InvitationToMail[],
  publicUrl: string,
): Promise<number> => {
  if (invitations.length === 0) return 0;
  const event = await loadEvent(ctx.trx, eventId);
  for (const i of invitations) {
    const language = await recipientLanguage(ctx.trx, i.accountId, event.workingLanguages[0] ?? "en");
    const name = inLanguage(event.name, language).text ?? inLanguage(event.name, event.name.original).text ?? "";
    const content = composeMail(
      { kind: "invitation", name: i.name, event: name, link: signInLink(publicUrl, i.token), validHours: hoursLeft(ctx.now, i.expiresAt) },
      language,
    );
    await queueMail(ctx, { kind: "invitation", recipient: i.email, accountId: i.accountId, language, content, secrets: [i.token] });
  }
  return invitations.length;
};

/** Queues a sign-in link or a password-reset link to an account's address. */
export const queueLinkMail = async (
  ctx: WriteContext,
  kind: "sign_in_link" | "password_reset",
  account: { readonly id: AccountId; readonly email: string; readonly name: string },
  link: { readonly url: string; readonly secret: string; readonly hours: number },
  language: Language,
): Promise<string> => {
  const content = composeMail({ kind, name: account.name, link: link.url, validHours: link.hours }, language);
  return queueMail(ctx, { kind, recipient: account.email, accountId: account.id, language, content, secrets: [link.secret] });
};

/** Queues a notice (a decision, a vote opened, a deadline near) to an account, in its holder's language. */
export const queueNotice = async (
  ctx: WriteContext,
  account: { readonly id: AccountId; readonly email: string; readonly name: string },
  notice: {
    readonly title: (language: Language) => string;
    readonly paragraphs: (language: Language) => readonly string[];
    readonly link: string | null;
  },
): Promise<string> => {
  const language = await recipientLanguage(ctx.trx, account.id);
  const content = composeMail(
    { kind: "notice", name: account.name, title: notice.title(language), paragraphs: notice.paragraphs(language), link: notice.link },
    language,
  );
  return queueMail(ctx, { kind: "notice", recipient: account.email, accountId: account.id, language, content });
};
