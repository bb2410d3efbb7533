import type { MailWording } from "./wording.js";

/** Spanish wording of outgoing mail. */
export const es: MailWording = {
  greeting: (name) => `Estimado/a ${name}:`,
  signature: "La secretaría",
  linkFallback: "Si el botón no funciona, copie esta dirección en su navegador:",
  validFor: (hours) => `El enlace sirve una sola vez, en las próximas ${hours} hora${hours === 1 ? "" : "s"}.`,
  invitation: (event) => ({
    subject: `Su invitación: ${event}`,
    paragraphs: [
      `Usted está inscrito/a como participante en ${event}.`,
      "Inicie sesión con el enlace siguiente y elija luego una contraseña para volver más tarde.",
    ],
    action: "Iniciar sesión en Rapporteur",
  }),
  signInLink: {
    subject: "Su enlace para iniciar sesión",
    paragraphs: ["Usted pidió un enlace para iniciar sesión en Rapporteur."],
    action: "Iniciar sesión",
  },
  passwordReset: {
    subject: "Elija una nueva contraseña",
    paragraphs: ["Alguien, probablemente usted, pidió restablecer la contraseña de su cuenta de Rapporteur."],
    action: "Elegir una nueva contraseña",
  },
  notRequested: "Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.",
  notice: (title) => ({ subject: title, action: "Abrir en Rapporteur" }),
};
