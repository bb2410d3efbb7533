import { z } from "zod";
import { LANGUAGES } from "../domain/language.js";
import { MAIL_KINDS } from "../mail/templates.js";

const MAIL_STATES = ["queued", "sent", "logged", "failed"] as const;

/** "Forgot password?" and "e-mail me a sign-in link": an address and the language of the screen that asked. */
export const mailRequestBody = z.strictObject({
  email: z.string().trim().min(3).max(320),
  language: z.enum(LANGUAGES).optional(),
});

/** The same answer whether or not the address is known. */
export const mailRequestAnswer = z.strictObject({ accepted: z.literal(true) });

/** A new password with the one-time secret of the reset link. Strength is checked by the route. */
export const passwordResetBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().min(1).max(1024),
});

export const mailListQuery = z.strictObject({
  state: z.enum(MAIL_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const mailListSchema = z.strictObject({
  /** smtp: mail leaves through SMTP_URL; log: no SMTP_URL, mail is written to the log and only shown here. */
  delivery: z.enum(["smtp", "log"]),
  mail: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(MAIL_KINDS),
      recipient: z.string(),
      language: z.enum(LANGUAGES),
      subject: z.string(),
      text: z.string(),
      state: z.enum(MAIL_STATES),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
      nextAttemptAt: z.string().nullable(),
    }),
  ),
});

/** Ask for mail on an invitation: `{sendMail: true}` queues it in the participant's language. */
export const sendMailBody = z.strictObject({ sendMail: z.boolean().default(false) });

/** "Try again now": the mail is due at once (after an outage), its attempts kept. */
export const mailRetryAnswer = z.strictObject({ id: z.string(), state: z.literal("queued"), nextAttemptAt: z.string() });
