import type {
  AgendaItemId,
  BodyId,
  DiscussionGroupId,
  DocumentId,
  DraftResolutionId,
  EventId,
  GuidingQuestionId,
  ParticipantId,
  SittingId,
} from "./ids.js";
import type { Language } from "./language.js";
import type { MultilingualText } from "./multilingual.js";
import type { Paragraph } from "./text/paragraph.js";

/** A gathering such as the 143rd IPU Assembly. */
export interface Event {
  readonly id: EventId;
  readonly name: MultilingualText;
  readonly place: MultilingualText;
  readonly startDate: string; // ISO date
  readonly endDate: string;
  readonly timeZone: string; // IANA zone, e.g. Europe/Madrid
  readonly workingLanguages: readonly Language[];
  readonly published: boolean;
}

export type BodyKind = "forum" | "bureau" | "standing_committee" | "plenary" | "drafting_group" | "other";

/** An organ that meets and decides. */
export interface Body {
  readonly id: BodyId;
  readonly eventId: EventId;
  readonly kind: BodyKind;
  readonly name: MultilingualText;
  readonly parentId: BodyId | null;
}

/** One meeting of a body. Times are local to the event's time zone. */
export interface Sitting {
  readonly id: SittingId;
  readonly eventId: EventId;
  readonly bodyId: BodyId;
  readonly number: number;
  readonly date: string; // ISO date
  readonly startTime: string; // HH:MM
  readonly endTime: string;
  readonly timeZone: string;
  readonly venue: MultilingualText;
  readonly title: MultilingualText;
  readonly published: boolean;
  readonly version: number;
}

export interface AgendaItem {
  readonly id: AgendaItemId;
  readonly sittingId: SittingId;
  readonly number: string; // "5"
  readonly title: MultilingualText;
}

export type DocumentKind = "information_note" | "draft_resolution" | "amendments" | "report" | "revised_draft";

export interface Footnote {
  readonly number: number;
  readonly text: MultilingualText;
  readonly url: string | null;
}

/** A document section: a heading and paragraphs, with footnote markers `[^n]` in the text. */
export interface DocumentSection {
  readonly key: string;
  readonly heading: MultilingualText;
  readonly paragraphs: readonly MultilingualText[];
}

export interface Document {
  readonly id: DocumentId;
  readonly symbol: string;
  readonly kind: DocumentKind;
  readonly date: string;
  readonly agendaItemId: AgendaItemId | null;
  readonly title: MultilingualText;
  readonly subtitle: MultilingualText | null;
  readonly sections: readonly DocumentSection[];
  readonly footnotes: readonly Footnote[];
}

export type DraftStage = "draft" | "revised" | "adopted";

export interface DraftResolution {
  readonly id: DraftResolutionId;
  readonly documentId: DocumentId | null;
  readonly title: MultilingualText;
  readonly committeeBodyId: BodyId | null;
  readonly stage: DraftStage;
  /** True for texts written for demonstration, not issued by the body. */
  readonly illustrative: boolean;
  readonly note: MultilingualText | null;
  readonly paragraphs: readonly Paragraph[];
}

export interface Room {
  readonly hall: MultilingualText;
  readonly floor: MultilingualText;
  readonly building: MultilingualText;
  readonly capacity: number;
}

export interface GuidingQuestion {
  readonly id: GuidingQuestionId;
  readonly position: number;
  readonly text: MultilingualText;
}

export interface DiscussionGroup {
  readonly id: DiscussionGroupId;
  readonly sittingId: SittingId;
  readonly number: number;
  readonly title: MultilingualText;
  readonly description: readonly MultilingualText[];
  readonly room: Room;
  readonly guidingQuestions: readonly GuidingQuestion[];
}

export type Gender = "woman" | "man" | "other" | "undisclosed";

export interface Participant {
  readonly id: ParticipantId;
  readonly name: string;
  readonly parliament: string;
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
  readonly languages: readonly Language[];
}
