import type { ParagraphKind } from "../../domain/text/paragraph.js";
import { latin, type Place, type Wording } from "./wording.js";

const para = (kind: ParagraphKind, number: number, sub: string | null) =>
  `párrafo ${number}${sub ? `, apartado ${sub})` : ""} ${kind === "preambular" ? "del preámbulo" : "de la parte dispositiva"}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Spanish wording of the documents. */
export const es: Wording = {
  translationMissing: "[falta la traducción]",
  item: (n) => `Punto ${n}`,
  group: (n, title) => `Grupo ${n} – ${title}`,
  listSeparator: ", ",
  amendmentsTitle: "Enmiendas al proyecto de resolución",
  submittedBy: (authors) => `Enmiendas al proyecto de resolución presentadas dentro del plazo reglamentario por ${authors}`,
  noAmendments: "No se ha presentado ninguna enmienda.",
  preamble: "PREÁMBULO",
  operativePart: "PARTE DISPOSITIVA",
  titleHeading: "Título",
  paragraph: (kind, number, sub) => cap(para(kind, number, sub)),
  newParagraph: (kind, number, sub, n) =>
    sub
      ? `Nuevo apartado ${number} ${sub})${latin(n)}`
      : `Nuevo párrafo ${number}${latin(n)} ${kind === "preambular" ? "del preámbulo" : "de la parte dispositiva"}`,
  amendToRead: "Modifíquese para que diga:",
  amendTitleToRead: "Modifíquese el título para que diga:",
  addAfter: (place: Place) =>
    "first" in place
      ? `Añádase un nuevo párrafo al principio ${place.first === "preambular" ? "del preámbulo" : "de la parte dispositiva"}, que diga:`
      : `Añádase un nuevo párrafo después del ${para(place.kind, place.number, place.sub)}, que diga:`,
  deleteParagraph: "Suprímase el párrafo.",
  annotatedTitle: "Enmiendas y decisiones de la comisión",
  annotatedColumns: ["Párrafo del proyecto revisado", "Enmienda tal como fue presentada", "Decisión"],
  status: (s, into) =>
    ({
      draft: "No presentada",
      submitted: "Pendiente",
      withdrawn: "Retirada",
      accepted: "Aceptada",
      rejected: "Rechazada",
      accepted_as_revised: "Aceptada en su forma revisada",
      merged: into === null ? "Fusionada en un texto de transacción" : `Fusionada en la enmienda ${into}`,
    })[s],
  decidedBy: (body) => `por: ${body}`,
  notInRevised: "—",
  deletedInRevised: "Suprimido",
  revisedDraft: "Proyecto de resolución revisado",
  adoptedResolution: "Resolución adoptada",
  withTrackedChanges: "con los cambios señalados respecto de la versión anterior",
  conflict: (label) => `Se han aceptado varias enmiendas al ${label}: hace falta un texto de transacción.`,
  noChanges: "No se ha aceptado ninguna enmienda.",
  amendmentNumber: (n) => `Enmienda ${n}`,
  amendmentTo: (n) => `Enmienda a la enmienda ${n}`,
  amendAmendmentToRead: (n) => `Modifíquese la enmienda ${n} para que diga:`,
  deleteProposed: (n) => `Suprímase el nuevo párrafo propuesto en la enmienda ${n}.`,
};
