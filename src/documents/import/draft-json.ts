import { PARAGRAPH_KINDS } from "../../domain/text/paragraph.js";
import { z } from "zod";
import { DomainError } from "../../domain/errors.js";
import { asId, type ParagraphId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
import { multilingual } from "../../domain/multilingual.js";
import type { DraftText } from "../../domain/text/draft-text.js";
import { validateDraft } from "../../domain/text/draft-text.js";
import { labelAll } from "../../domain/text/labels.js";

const SubParagraphJson = z.object({ id: z.string().min(1), label: z.string().optional(), text: z.string() });
const ParagraphJson = z.object({
  id: z.string().min(1),
  label: z.string().optional(),
  kind: z.enum(PARAGRAPH_KINDS),
  text: z.string(),
  subParagraphs: z.array(SubParagraphJson).optional(),
});

/** The draft exchanged by the CLI: `rapporteur import-draft --format json` prints it, `consolidate` reads it. */
export const DraftJson = z.object({ title: z.string().nullable().optional(), paragraphs: z.array(ParagraphJson) });
export type DraftJson = z.infer<typeof DraftJson>;

/** Reads the JSON draft into a draft text in one language; the error names the field at fault. */
export const draftFromJson = (value: unknown, language: Language, source: string): DraftText => {
  const parsed = DraftJson.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const first = issues[0];
    throw new DomainError("validation_failed", `${source}: ${first ? `${first.path}: ${first.message}` : "not a draft"}`, issues);
  }
  const text = (s: string) => multilingual(language, { [language]: s });
  const draft: DraftText = {
    title: parsed.data.title ? text(parsed.data.title) : null,
    paragraphs: parsed.data.paragraphs.map((p) => ({
      id: asId<ParagraphId>(p.id),
      kind: p.kind,
      text: text(p.text),
      subParagraphs: (p.subParagraphs ?? []).map((s) => ({ id: asId<ParagraphId>(s.id), text: text(s.text) })),
    })),
  };
  validateDraft(draft);
  return draft;
};

/** The JSON form of a draft in one language, with labels PP1…, OP1… and OP2(a)…. */
export const draftToJson = (draft: DraftText, language: Language): DraftJson & { paragraphs: Array<{ label: string }> } => {
  const labels = labelAll(draft.paragraphs);
  const text = (m: { versions: Partial<Record<Language, { text: string }>> }): string => m.versions[language]?.text ?? "";
  return {
    title: draft.title ? text(draft.title) : null,
    paragraphs: draft.paragraphs.map((p) => ({
      id: p.id,
      label: labels.get(p.id) as string,
      kind: p.kind,
      text: text(p.text),
      ...(p.subParagraphs.length
        ? { subParagraphs: p.subParagraphs.map((s) => ({ id: s.id, label: labels.get(s.id) as string, text: text(s.text) })) }
        : {}),
    })),
  };
};
