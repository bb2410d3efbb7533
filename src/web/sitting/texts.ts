import type { MultilingualText } from "../../domain/multilingual.js";
import type {
  DiscussionGroup,
  DraftResolution,
  DraftText,
  EventDetail,
  SittingDetail,
  SittingDocument,
  SittingSummary,
} from "../api/types.js";

/** Every text a part of the page shows, to tell whether any of it exists in the reader's language. */

export const documentTexts = (document: SittingDocument): MultilingualText[] => [
  document.title,
  ...(document.subtitle ? [document.subtitle] : []),
  ...document.sections.flatMap((section) => [section.heading, ...section.paragraphs]),
  ...document.footnotes.map((footnote) => footnote.text),
];

export const groupTexts = (group: DiscussionGroup): MultilingualText[] => [
  group.title,
  ...group.description,
  group.room.hall,
  group.room.floor,
  group.room.building,
  ...group.guidingQuestions.map((question) => question.text),
];

/** A draft's title, note and committee, and its paragraphs once they are read (TEXT). */
export const draftTexts = (draft: DraftResolution, text?: DraftText): MultilingualText[] => [
  draft.title,
  ...(draft.note ? [draft.note] : []),
  ...(draft.committee ? [draft.committee.name] : []),
  ...(text?.paragraphs ?? []).flatMap((paragraph) => [paragraph.text, ...paragraph.subParagraphs.map((sub) => sub.text)]),
];

export const sittingSummaryTexts = (sitting: SittingSummary): MultilingualText[] => [sitting.title, sitting.venue, sitting.body.name];

export const sittingTexts = (
  { sitting, event, agenda, groups, draftResolutions }: SittingDetail,
  drafts: readonly DraftText[] = [],
): MultilingualText[] => [
  ...sittingSummaryTexts(sitting),
  event.name,
  ...agenda.flatMap((item) => [item.title, ...item.documents.flatMap(documentTexts)]),
  ...groups.flatMap(groupTexts),
  ...draftResolutions.flatMap((draft) =>
    draftTexts(
      draft,
      drafts.find((d) => d.id === draft.id),
    ),
  ),
];

export const eventTexts = ({ event, bodies, sittings }: EventDetail): MultilingualText[] => [
  event.name,
  event.place,
  event.organisation,
  ...bodies.map((body) => body.name),
  ...sittings.flatMap(sittingSummaryTexts),
];
