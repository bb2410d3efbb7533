import { PARAGRAPH_KINDS } from "../../domain/text/paragraph.js";
import { AMENDMENT_ACTIONS, AMENDMENT_STATUSES } from "../../domain/text/amendment.js";
import { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { asId, type AmendmentId, type ParagraphId } from "../../domain/ids.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import type { Amendment } from "../../domain/text/amendment.js";
import { referenceResolver, type DraftText } from "../../domain/text/draft-text.js";

const AmendmentJson = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  action: z.enum(AMENDMENT_ACTIONS),
  target: z.string().optional(),
  after: z.string().nullable().optional(),
  kind: z.enum(PARAGRAPH_KINDS).optional(),
  text: z.string().optional(),
  status: z.enum(AMENDMENT_STATUSES),
  author: z.string().optional(),
  coSponsors: z.array(z.string()).optional(),
  language: z.enum(LANGUAGES).optional(),
  revisedText: z.string().optional(),
  mergedInto: z.string().optional(),
  justification: z.string().optional(),
  provenance: z.string().optional(),
});

const fail = (index: number, id: string, field: string, message: string): DomainError =>
  new DomainError("validation_failed", `Amendment ${id || `#${index + 1}`}: ${field} ${message}`, [
    { path: `[${index}].${field}`, message },
  ]);

/** Reads an amendments file (an array) against a draft: labels and ids resolved; errors name the amendment and the field. */
export const amendmentsFromJson = (value: unknown, draft: DraftText, language: Language): Amendment[] => {
  if (!Array.isArray(value))
    throw new DomainError("validation_failed", "The amendments file must hold a JSON array", [{ path: "", message: "not an array" }]);
  const resolve = referenceResolver(draft.paragraphs);
  return value.map((raw, index) => {
    const parsed = AmendmentJson.safeParse(raw);
    const rawId = typeof raw === "object" && raw !== null && "id" in raw ? String((raw as { id: unknown }).id) : "";
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw fail(index, rawId, issue?.path.join(".") || "(amendment)", issue?.message ?? "is invalid");
    }
    const a = parsed.data;
    const ref = (field: "target" | "after", reference: string | null | undefined): ParagraphId | null => {
      if (reference === undefined || reference === null || reference === "") return null;
      const id = resolve(reference);
      if (!id) throw fail(index, a.id, field, `"${reference}" is not a paragraph label or id of this draft`);
      return id;
    };
    const titleTarget = a.action === "amend_title" || (a.action === "amend" && a.target?.toLowerCase() === "title");
    if ((a.action === "amend" || a.action === "delete") && !a.target) throw fail(index, a.id, "target", "is missing");
    return {
      id: asId<AmendmentId>(a.id),
      action: titleTarget ? "amend_title" : a.action,
      target: titleTarget ? null : ref("target", a.target),
      after: ref("after", a.after),
      kind: a.kind ?? null,
      text: a.text ?? null,
      language: a.language ?? language,
      status: a.status,
      revisedText: a.revisedText ?? null,
      mergedInto: a.mergedInto ? asId<AmendmentId>(a.mergedInto) : null,
      author: a.author ?? null,
      coSponsors: a.coSponsors ?? [],
      justification: a.justification ?? null,
      provenance: a.provenance ?? null,
    };
  });
};
