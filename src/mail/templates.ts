import type { Language } from "../domain/language.js";
import { escapeHtml, htmlButton, htmlDocument, isolated } from "./html.js";
import { mailWordingFor } from "./wording/index.js";
import type { MailWording } from "./wording/wording.js";

export const MAIL_KINDS = ["invitation", "sign_in_link", "password_reset", "notice"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** What a mail says, before it is put in words: the person's and the event's text as typed, never markup. */
export type MailContent =
  | { readonly kind: "invitation"; readonly name: string; readonly event: string; readonly link: string; readonly validHours: number }
  | { readonly kind: "sign_in_link" | "password_reset"; readonly name: string; readonly link: string; readonly validHours: number }
  | {
      readonly kind: "notice";
      readonly name: string;
      readonly title: string;
      readonly paragraphs: readonly string[];
      readonly link: string | null;
    };

/** A mail ready for the outbox: subject, plain-text part and HTML part. */
export interface ComposedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Limits on what a mail may carry. */
export const MAIL_LIMITS = { name: 200, title: 300, paragraph: 5000, paragraphs: 20, link: 2000 } as const;

/** One line of plain text: control characters (a line break in a header) become spaces, and the length is capped. */
const clean = (value: string, max: number): string => {
  const flat = [...value]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === "\u007f" ? " " : c))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

interface Parts {
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly link: string | null;
  readonly action: string;
  readonly after: readonly string[];
}

/** The same wording called twice: with plain values for the text part, with escaped, isolated values for HTML. */
const partsOf = (c: MailContent, w: MailWording, value: (s: string, max: number) => string): Parts => {
  const name = value(c.name, MAIL_LIMITS.name);
  const greeting = w.greeting(name);
  switch (c.kind) {
    case "invitation": {
      const t = w.invitation(value(c.event, MAIL_LIMITS.title));
      return {
        subject: t.subject,
        paragraphs: [greeting, ...t.paragraphs],
        link: c.link,
        action: t.action,
        after: [w.validFor(c.validHours)],
      };
    }
    case "sign_in_link":
      return {
        subject: w.signInLink.subject,
        paragraphs: [greeting, ...w.signInLink.paragraphs],
        link: c.link,
        action: w.signInLink.action,
        after: [w.validFor(c.validHours)],
      };
    case "password_reset":
      return {
        subject: w.passwordReset.subject,
        paragraphs: [greeting, ...w.passwordReset.paragraphs],
        link: c.link,
        action: w.passwordReset.action,
        after: [w.validFor(c.validHours), w.notRequested],
      };
    case "notice": {
      const t = w.notice(value(c.title, MAIL_LIMITS.title));
      const body = c.paragraphs.slice(0, MAIL_LIMITS.paragraphs).map((p) => value(p, MAIL_LIMITS.paragraph));
      return { subject: t.subject, paragraphs: [greeting, ...body], link: c.link, action: t.action, after: [] };
    }
  }
};

/** Puts a mail in the recipient's language: a plain-text part always, and an HTML part in the language's direction. */
export const composeMail = (content: MailContent, language: Language): ComposedMail => {
  const w = mailWordingFor(language);
  const link = content.link === null ? null : clean(content.link, MAIL_LIMITS.link);
  const plain = { ...partsOf(content, w, clean), link };
  const marked = { ...partsOf(content, w, (s, max) => isolated(clean(s, max))), link };
  const subject = clean(plain.subject, 998);
  const text = [...plain.paragraphs, ...(link ? [`${plain.action}:\n${link}`] : []), ...plain.after, w.signature].join("\n\n");
  const inner = [
    ...marked.paragraphs.map((p) => `<p>${p}</p>`),
    ...(link ? [htmlButton(link, marked.action, w.linkFallback)] : []),
    ...marked.after.map((p) => `<p style="font-size:14px;color:#555555">${p}</p>`),
    `<p>${escapeHtml(w.signature)}</p>`,
  ].join("\n");
  return { subject, text: `${text}\n`, html: htmlDocument(language, subject, inner) };
};
