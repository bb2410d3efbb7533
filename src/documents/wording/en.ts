import type { ParagraphKind } from "../../domain/text/paragraph.js";
import { latin, type Place, type Wording } from "./wording.js";

const kindWord = (kind: ParagraphKind) => (kind === "preambular" ? "preambular" : "operative");
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const para = (kind: ParagraphKind, number: number, sub: string | null) =>
  `${kindWord(kind)} paragraph ${number}${sub ? `, sub-paragraph (${sub})` : ""}`;

/** English wording of the documents, in the style of IPU documents. */
export const en: Wording = {
  translationMissing: "[translation missing]",
  item: (n) => `Item ${n}`,
  group: (n, title) => `Group ${n} – ${title}`,
  listSeparator: ", ",
  amendmentsTitle: "Amendments to the draft resolution",
  submittedBy: (authors) => `Amendments to the draft resolution submitted within the statutory deadline by ${authors}`,
  noAmendments: "No amendments have been submitted.",
  preamble: "PREAMBLE",
  operativePart: "OPERATIVE PART",
  titleHeading: "Title",
  paragraph: (kind, number, sub) => cap(para(kind, number, sub)),
  newParagraph: (kind, number, sub, n) =>
    sub ? `New sub-paragraph ${number}(${sub})${latin(n)}` : `New ${kindWord(kind)} paragraph ${number}${latin(n)}`,
  amendToRead: "Amend to read as follows:",
  amendTitleToRead: "Amend the title to read as follows:",
  addAfter: (place: Place) =>
    "first" in place
      ? `Add a new paragraph at the beginning of the ${place.first === "preambular" ? "preamble" : "operative part"} to read as follows:`
      : `Add a new ${place.sub ? "sub-paragraph" : "paragraph"} after ${para(place.kind, place.number, place.sub)} to read as follows:`,
  deleteParagraph: "Delete the paragraph.",
  annotatedTitle: "Amendments and the committee's decisions",
  annotatedColumns: ["Paragraph in the revised draft", "Amendment as submitted", "Decision"],
  status: (s, into) =>
    ({
      draft: "Not submitted",
      submitted: "Pending",
      withdrawn: "Withdrawn",
      accepted: "Accepted",
      rejected: "Rejected",
      accepted_as_revised: "Accepted as revised",
      merged: into === null ? "Merged into a compromise text" : `Merged into amendment ${into}`,
    })[s],
  decidedBy: (body) => `by the ${body}`,
  notInRevised: "—",
  deletedInRevised: "Deleted",
  revisedDraft: "Revised draft resolution",
  adoptedResolution: "Resolution adopted",
  withTrackedChanges: "with tracked changes against the previous version",
  conflict: (label) => `Two or more amendments adopted on ${label}: a compromise text is needed.`,
  noChanges: "No amendment has been adopted.",
  amendmentNumber: (n) => `Amendment ${n}`,
  amendmentTo: (n) => `Amendment to amendment ${n}`,
  amendAmendmentToRead: (n) => `Amend amendment ${n} to read as follows:`,
  deleteProposed: (n) => `Delete the new paragraph proposed by amendment ${n}.`,
};
