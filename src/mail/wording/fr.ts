import type { MailWording } from "./wording.js";

/** French wording of outgoing mail. */
export const fr: MailWording = {
  greeting: (name) => `Madame, Monsieur ${name},`,
  signature: "Le secrétariat",
  linkFallback: "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
  validFor: (hours) => `Le lien ne sert qu’une fois, dans les ${hours} heure${hours === 1 ? "" : "s"}.`,
  invitation: (event) => ({
    subject: `Votre invitation : ${event}`,
    paragraphs: [
      `Vous êtes inscrit(e) comme participant(e) : ${event}.`,
      "Connectez-vous avec le lien ci-dessous, puis choisissez un mot de passe pour revenir plus tard.",
    ],
    action: "Se connecter à Rapporteur",
  }),
  signInLink: {
    subject: "Votre lien de connexion",
    paragraphs: ["Vous avez demandé un lien pour vous connecter à Rapporteur."],
    action: "Se connecter",
  },
  passwordReset: {
    subject: "Choisissez un nouveau mot de passe",
    paragraphs: ["Quelqu’un, probablement vous, a demandé à réinitialiser le mot de passe de votre compte Rapporteur."],
    action: "Choisir un nouveau mot de passe",
  },
  notRequested: "Si vous ne l’avez pas demandé, ignorez ce message : votre mot de passe reste inchangé.",
  notice: (title) => ({ subject: title, action: "Ouvrir dans Rapporteur" }),
};
