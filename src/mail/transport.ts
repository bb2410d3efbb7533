import nodemailer from "nodemailer";

/** A message as the transport takes it. */
export interface Envelope {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Delivers one message or throws; `via` says where it went, for the outbox and its screen. */
export interface MailTransport {
  readonly via: "smtp" | "log";
  deliver(message: Envelope, messageId: string): Promise<void>;
  close(): void;
}

/** Time limits of one SMTP conversation, so a hanging server delays one attempt, never the sender. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/** Sends through the SMTP server of `SMTP_URL` (smtp:// or smtps://, with user and password when it needs them). */
export const smtpTransport = (url: string, from: string): MailTransport => {
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    via: "smtp",
    deliver: async (m, messageId) => {
      await transporter.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, messageId });
    },
    close: () => transporter.close(),
  };
};

/** Without SMTP: writes each mail to the log; the outbox keeps it readable on the secretariat's screen. */
export const logTransport = (log: (line: string) => void): MailTransport => ({
  via: "log",
  deliver: async (m) => log(`Mail to ${m.to} (no SMTP_URL, not sent): ${m.subject}\n${m.text}`),
  close: () => undefined,
});
