import type { MailWording } from "./wording.js";

/** English wording of outgoing mail. */
export const en: MailWording = {
  greeting: (name) => `Dear ${name},`,
  signature: "The secretariat",
  linkFallback: "If the button does not work, copy this address into your browser:",
  validFor: (hours) => `The link works once, within ${hours} hour${hours === 1 ? "" : "s"}.`,
  invitation: (event) => ({
    subject: `Your invitation to ${event}`,
    paragraphs: [
      `You are registered as a participant in ${event}.`,
      "Sign in with the link below, then choose a password to come back later.",
    ],
    action: "Sign in to Rapporteur",
  }),
  signInLink: {
    subject: "Your sign-in link",
    paragraphs: ["You asked for a link to sign in to Rapporteur."],
    action: "Sign in",
  },
  passwordReset: {
    subject: "Choose a new password",
    paragraphs: ["Someone, probably you, asked to reset the password of your Rapporteur account."],
    action: "Choose a new password",
  },
  notRequested: "If you did not ask for it, ignore this message: your password stays as it is.",
  notice: (title) => ({ subject: title, action: "Open in Rapporteur" }),
};
