import { asId, type AmendmentId, type ParagraphId } from "../ids.js";
import type { Language } from "../language.js";
import { multilingual } from "../multilingual.js";
import type { Amendment } from "./amendment.js";
import type { DraftText } from "./draft-text.js";
import type { Paragraph, ParagraphKind } from "./paragraph.js";

/** A paragraph in one language, for tests. */
export const paragraph = (id: string, kind: ParagraphKind, text: string, language: Language = "en", subs: string[] = []): Paragraph => ({
  id: asId<ParagraphId>(id),
  kind,
  text: multilingual(language, { [language]: text }),
  subParagraphs: subs.map((s, i) => ({ id: asId<ParagraphId>(`${id}.${i + 1}`), text: multilingual(language, { [language]: s }) })),
});

/** A draft from [kind, text] pairs, ids p1, p2 …, for tests. */
export const draftOf = (items: Array<[ParagraphKind, string]>, language: Language = "en", title: string | null = "Title"): DraftText => ({
  title: title === null ? null : multilingual(language, { [language]: title }),
  paragraphs: items.map(([kind, text], i) => paragraph(`p${i + 1}`, kind, text, language)),
});

/** An amendment with defaults (accepted, English), for tests. */
export const amendment = (id: string, fields: Partial<Omit<Amendment, "id">> & Pick<Amendment, "action">): Amendment => ({
  id: asId<AmendmentId>(id),
  language: "en",
  status: "accepted",
  ...fields,
});

export const pid = (id: string): ParagraphId => asId<ParagraphId>(id);

/** A sub-amendment (accepted, English) giving a new wording of `parent`'s wording, for tests. */
export const subAmendment = (
  id: string,
  parent: string,
  text: string,
  fields: Partial<Omit<Amendment, "id" | "parent" | "text">> = {},
): Amendment => amendment(id, { action: "amend", parent: asId<AmendmentId>(parent), text, ...fields });
