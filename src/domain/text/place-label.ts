import type { ParagraphKind } from "./paragraph.js";
import type { ParagraphId } from "../ids.js";

/**
 * Where an amendment acts, as the engine names it: a paragraph's id, "title", "first:KIND" for a new first
 * paragraph of its kind, or "after:ID" for a new paragraph after another.
 */
export type PlaceTarget = string;

const AFTER = "new paragraph after ";

/** The place in English words, for documents and the command line ("OP3", "title", "new paragraph after OP6"). */
export const placeLabel = (target: PlaceTarget, labels: ReadonlyMap<ParagraphId, string>): string => {
  if (target === "title") return "title";
  if (target.startsWith("first:")) return `new first ${target.slice(6)} paragraph`;
  if (target.startsWith("after:")) return `${AFTER}${labels.get(target.slice(6) as ParagraphId) ?? target.slice(6)}`;
  return labels.get(target as ParagraphId) ?? target;
};

/** How a screen words a place in its own language: from the target, with the paragraph labels `placeLabel` used. */
export type PlaceWords =
  | { readonly kind: "paragraph"; readonly label: string }
  | { readonly kind: "title" }
  | { readonly kind: "first"; readonly paragraphKind: ParagraphKind }
  | { readonly kind: "after"; readonly label: string };

/** The parts of a place a screen words: the anchor paragraph's label is read back from `placeLabel`'s answer. */
export const placeWords = (target: PlaceTarget, label: string): PlaceWords => {
  if (target === "title") return { kind: "title" };
  if (target === "first:preambular" || target === "first:operative")
    return { kind: "first", paragraphKind: target.slice(6) as "preambular" };
  if (target.startsWith("after:")) return { kind: "after", label: label.startsWith(AFTER) ? label.slice(AFTER.length) : label };
  return { kind: "paragraph", label };
};
