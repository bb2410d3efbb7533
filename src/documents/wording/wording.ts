import type { AmendmentStatus } from "../../domain/text/amendment.js";
import type { ParagraphKind } from "../../domain/text/paragraph.js";

/** Where a new paragraph goes, in words: after a named paragraph, or first of its part. */
export type Place =
  { readonly kind: ParagraphKind; readonly number: number; readonly sub: string | null } | { readonly first: ParagraphKind };

/** The fixed wording of the documents in one language; data (titles, paragraphs, names) never comes from here. */
export interface Wording {
  /** Shown where the data has no version in this language. */
  readonly translationMissing: string;
  readonly item: (number: string) => string;
  readonly group: (number: number, title: string) => string;
  readonly listSeparator: string;
  readonly amendmentsTitle: string;
  readonly submittedBy: (authors: string) => string;
  readonly noAmendments: string;
  readonly preamble: string;
  readonly operativePart: string;
  readonly titleHeading: string;
  /** "Preambular paragraph 2", "Operative paragraph 3 (a)". */
  readonly paragraph: (kind: ParagraphKind, number: number, sub: string | null) => string;
  /** "New operative paragraph 5bis". */
  readonly newParagraph: (kind: ParagraphKind, number: number, sub: string | null, n: number) => string;
  readonly amendToRead: string;
  readonly amendTitleToRead: string;
  readonly addAfter: (place: Place) => string;
  readonly deleteParagraph: string;
  readonly annotatedTitle: string;
  readonly annotatedColumns: readonly [string, string, string];
  readonly status: (status: AmendmentStatus, mergedInto: number | null) => string;
  readonly decidedBy: (body: string) => string;
  readonly notInRevised: string;
  readonly deletedInRevised: string;
  readonly revisedDraft: string;
  readonly adoptedResolution: string;
  readonly withTrackedChanges: string;
  readonly conflict: (label: string) => string;
  readonly noChanges: string;
  readonly amendmentNumber: (n: number) => string;
  /** A sub-amendment's heading: "Amendment to amendment 3". */
  readonly amendmentTo: (n: number) => string;
  /** A sub-amendment's instruction: "Amend amendment 3 to read as follows:". */
  readonly amendAmendmentToRead: (n: number) => string;
  /** A sub-amendment deleting the new paragraph an amendment proposes. */
  readonly deleteProposed: (n: number) => string;
}

const BIS = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"];

/** The Latin suffix of the n-th new paragraph at one place (1 → bis). */
export const latin = (n: number): string => BIS[n - 1] ?? `(${n + 1})`;
