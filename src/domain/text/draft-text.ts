import { DomainError } from "../errors.js";
import type { ParagraphId } from "../ids.js";
import type { MultilingualText } from "../multilingual.js";
import { labelAll } from "./labels.js";
import type { Paragraph } from "./paragraph.js";

/** The amendable text of one version of a draft resolution: its title and ordered paragraphs. */
export interface DraftText {
  readonly title: MultilingualText | null;
  readonly paragraphs: readonly Paragraph[];
}

/** Where an id sits in a draft: a paragraph, or a sub-paragraph of one. */
export interface Location {
  readonly paragraph: number;
  readonly sub: number | null;
}

/** Positions of every paragraph and sub-paragraph id, for constant-time look-ups. */
export const locate = (paragraphs: readonly Paragraph[]): Map<ParagraphId, Location> => {
  const at = new Map<ParagraphId, Location>();
  paragraphs.forEach((p, i) => {
    at.set(p.id, { paragraph: i, sub: null });
    p.subParagraphs.forEach((s, j) => at.set(s.id, { paragraph: i, sub: j }));
  });
  return at;
};

/** A resolver of references written by a person (label "OP3", "op3", "OP3(a)" or an id) to ids of the draft. */
export const referenceResolver = (paragraphs: readonly Paragraph[]): ((reference: string) => ParagraphId | null) => {
  const labels = labelAll(paragraphs);
  const byLabel = new Map<string, ParagraphId>();
  for (const [id, label] of labels) byLabel.set(label.toUpperCase(), id);
  return (reference) => {
    if (labels.has(reference as ParagraphId)) return reference as ParagraphId;
    return byLabel.get(reference.replace(/\s+/g, "").toUpperCase()) ?? null;
  };
};

/** Checks that ids are unique and that preambular paragraphs precede operative ones. */
export const validateDraft = (draft: DraftText): void => {
  const seen = new Set<string>();
  let operativeSeen = false;
  draft.paragraphs.forEach((p, i) => {
    for (const id of [p.id, ...p.subParagraphs.map((s) => s.id)]) {
      if (seen.has(id))
        throw new DomainError("validation_failed", `Paragraph id ${id} is used twice`, [
          { path: `paragraphs[${i}].id`, message: "duplicate id" },
        ]);
      seen.add(id);
    }
    if (p.kind === "operative") operativeSeen = true;
    else if (operativeSeen) {
      throw new DomainError("validation_failed", `Paragraph ${i + 1} is preambular but follows an operative paragraph`, [
        { path: `paragraphs[${i}].kind`, message: "preambular paragraphs come before operative ones" },
      ]);
    }
  });
};
