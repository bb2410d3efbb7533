import type { ParagraphKind } from "../../domain/text/paragraph.js";
import { latin, type Place, type Wording } from "./wording.js";

const para = (kind: ParagraphKind, number: number, sub: string | null) =>
  kind === "preambular"
    ? `alinéa ${number} du préambule${sub ? `, sous-alinéa ${sub})` : ""}`
    : `paragraphe ${number}${sub ? `, alinéa ${sub})` : ""} du dispositif`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** French wording of the documents. */
export const fr: Wording = {
  translationMissing: "[traduction manquante]",
  item: (n) => `Point ${n}`,
  group: (n, title) => `Groupe ${n} – ${title}`,
  listSeparator: ", ",
  amendmentsTitle: "Amendements au projet de résolution",
  submittedBy: (authors) => `Amendements au projet de résolution soumis dans le délai statutaire par ${authors}`,
  noAmendments: "Aucun amendement n'a été soumis.",
  preamble: "PRÉAMBULE",
  operativePart: "DISPOSITIF",
  titleHeading: "Titre",
  paragraph: (kind, number, sub) => cap(para(kind, number, sub)),
  newParagraph: (kind, number, sub, n) =>
    sub
      ? `Nouvel alinéa ${number} ${sub})${latin(n)}`
      : kind === "preambular"
        ? `Nouvel alinéa ${number}${latin(n)} du préambule`
        : `Nouveau paragraphe ${number}${latin(n)} du dispositif`,
  amendToRead: "Modifier comme suit :",
  amendTitleToRead: "Modifier le titre comme suit :",
  addAfter: (place: Place) =>
    "first" in place
      ? `Ajouter au début du ${place.first === "preambular" ? "préambule" : "dispositif"} un nouveau paragraphe libellé comme suit :`
      : `Ajouter après ${place.kind === "preambular" ? "l'" : "le "}${para(place.kind, place.number, place.sub)} un nouveau paragraphe libellé comme suit :`,
  deleteParagraph: "Supprimer le paragraphe.",
  annotatedTitle: "Amendements et décisions de la commission",
  annotatedColumns: ["Paragraphe du projet révisé", "Amendement tel que soumis", "Décision"],
  status: (s, into) =>
    ({
      draft: "Non soumis",
      submitted: "En attente",
      withdrawn: "Retiré",
      accepted: "Accepté",
      rejected: "Rejeté",
      accepted_as_revised: "Accepté tel que révisé",
      merged: into === null ? "Fusionné dans un texte de compromis" : `Fusionné dans l'amendement ${into}`,
    })[s],
  decidedBy: (body) => `par : ${body}`,
  notInRevised: "—",
  deletedInRevised: "Supprimé",
  revisedDraft: "Projet de résolution révisé",
  adoptedResolution: "Résolution adoptée",
  withTrackedChanges: "avec les modifications apparentes par rapport à la version précédente",
  conflict: (label) => `Plusieurs amendements adoptés portent sur ${label} : un texte de compromis est nécessaire.`,
  noChanges: "Aucun amendement n'a été adopté.",
  amendmentNumber: (n) => `Amendement ${n}`,
  amendmentTo: (n) => `Amendement à l'amendement ${n}`,
  amendAmendmentToRead: (n) => `Modifier l'amendement ${n} comme suit :`,
  deleteProposed: (n) => `Supprimer le nouveau paragraphe proposé par l'amendement ${n}.`,
};
