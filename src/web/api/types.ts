import type { Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";

/** Shapes of the JSON the server returns under /api/v1, as the web app reads them. */

export type Ml = MultilingualText;

export type RoleName =
  | "secretariat"
  | "bureau_member"
  | "presiding_officer"
  | "chair"
  | "rapporteur"
  | "participant"
  | "observer";

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly { readonly role: RoleName; readonly scope: string | null }[];
}

export interface SessionResponse {
  readonly account: Account | null;
  readonly csrfToken: string | null;
}

export interface EventSummary {
  readonly id: string;
  readonly name: Ml;
  readonly place: Ml;
  readonly organisation: Ml;
  readonly startDate: string;
  readonly endDate: string;
  readonly timeZone: string;
  readonly workingLanguages: readonly Language[];
}

export interface BodySummary {
  readonly id: string;
  readonly kind: string;
  readonly name: Ml;
}

export interface SittingSummary {
  readonly id: string;
  readonly eventId: string;
  readonly body: BodySummary;
  readonly number: number;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly timeZone: string;
  readonly venue: Ml;
  readonly title: Ml;
  readonly published: boolean;
}

export interface Footnote {
  readonly number: number;
  readonly text: Ml;
  readonly url: string | null;
}

export interface DocumentSection {
  readonly key: string;
  readonly heading: Ml;
  readonly paragraphs: readonly Ml[];
}

export interface SittingDocument {
  readonly id: string;
  readonly symbol: string;
  readonly kind: string;
  readonly date: string;
  readonly title: Ml;
  readonly subtitle: Ml | null;
  readonly sections: readonly DocumentSection[];
  readonly footnotes: readonly Footnote[];
}

export interface AgendaItem {
  readonly id: string;
  readonly number: string;
  readonly title: Ml;
  readonly documents: readonly SittingDocument[];
}

export interface Room {
  readonly hall: Ml;
  readonly floor: Ml;
  readonly building: Ml;
  readonly capacity: number;
}

export interface GuidingQuestion {
  readonly id: string;
  readonly position: number;
  readonly text: Ml;
}

export interface DiscussionGroup {
  readonly id: string;
  readonly number: number;
  readonly title: Ml;
  readonly description: readonly Ml[];
  readonly room: Room;
  readonly guidingQuestions: readonly GuidingQuestion[];
}

export interface SubParagraph {
  readonly id: string;
  readonly label: string;
  readonly text: Ml;
}

export interface ResolutionParagraph {
  readonly id: string;
  readonly label: string;
  readonly kind: "preambular" | "operative";
  readonly text: Ml;
  readonly subParagraphs: readonly SubParagraph[];
}

export interface DraftResolution {
  readonly id: string;
  readonly symbol: string | null;
  readonly title: Ml;
  readonly illustrative: boolean;
  readonly note: Ml | null;
  readonly stage: "draft" | "revised" | "adopted";
  readonly committee: { readonly id: string; readonly name: Ml } | null;
  readonly paragraphs: readonly ResolutionParagraph[];
}

export interface SittingDetail {
  readonly sitting: SittingSummary;
  readonly event: EventSummary;
  readonly agenda: readonly AgendaItem[];
  readonly groups: readonly DiscussionGroup[];
  readonly draftResolutions: readonly DraftResolution[];
}

export interface EventDetail {
  readonly event: EventSummary;
  readonly bodies: readonly BodySummary[];
  readonly sittings: readonly SittingSummary[];
}

export interface LiveEvent {
  readonly position: number;
  readonly time: string;
  readonly actor: string | null;
  readonly type: string;
  readonly subject: string;
  readonly payload: unknown;
}

export type LiveMessage =
  | { readonly type: "subscribed"; readonly sittingId: string; readonly position: number }
  | { readonly type: "event"; readonly event: LiveEvent }
  | { readonly type: "error"; readonly error?: { readonly code?: string; readonly message?: string } };
