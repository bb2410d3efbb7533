/** One mail's words: its subject, the paragraphs before the link, and the link's label. */
export interface MailText {
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly action: string;
}

/** The fixed wording of outgoing mail in one language; values come in already as plain text. */
export interface MailWording {
  readonly greeting: (name: string) => string;
  readonly signature: string;
  /** Shown under the button in the HTML part, and before the bare address in the plain-text part. */
  readonly linkFallback: string;
  readonly validFor: (hours: number) => string;
  readonly invitation: (event: string) => MailText;
  readonly signInLink: MailText;
  readonly passwordReset: MailText;
  /** The last words of a password-reset mail: what to do when the reader did not ask. */
  readonly notRequested: string;
  readonly notice: (title: string) => Pick<MailText, "subject" | "action">;
}
