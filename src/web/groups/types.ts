import type { Language } from "../../domain/language.js";
import type { Ml } from "../api/types.js";

/** Shapes of the discussion-group answers of /api/v1, as the group screens read them. */

export type Gender = "woman" | "man" | "other" | "undisclosed";

export interface SpeakerRequest {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly parliament: string;
  readonly gender: Gender;
  readonly kind: "floor" | "point_of_order";
  readonly remote: boolean;
  readonly status: "waiting" | "speaking" | "spoke" | "withdrawn";
  readonly requestedAt: string;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly questionId: string | null;
  readonly timeLimitSeconds: number | null;
}

export interface SpeakersList {
  readonly key: string;
  readonly sittingId: string;
  readonly groupId: string | null;
  readonly version: number;
  readonly serverTime: string;
  readonly projectorPublished: boolean;
  readonly currentQuestionId: string | null;
  readonly paragraphId: string | null;
  readonly alternation: boolean;
  readonly timeLimitSeconds: number | null;
  readonly speaking: SpeakerRequest | null;
  readonly queue: readonly SpeakerRequest[];
}

export type SpeakersCommand =
  | { readonly type: "request_floor"; readonly remote: boolean; readonly pointOfOrder: boolean }
  | { readonly type: "withdraw"; readonly requestId: string }
  | { readonly type: "call_next" }
  | { readonly type: "end_turn" }
  | { readonly type: "reorder"; readonly order: readonly string[] }
  | { readonly type: "set_question"; readonly questionId: string | null }
  | { readonly type: "set_paragraph"; readonly paragraphId: string | null }
  | { readonly type: "set_alternation"; readonly on: boolean }
  | { readonly type: "set_time_limit"; readonly seconds: number | null };

export type MemberRole = "chair" | "rapporteur" | "participant";

export interface Members {
  readonly groupId: string;
  readonly capacity: number;
  readonly members: readonly { readonly accountId: string; readonly name: string; readonly parliament: string; readonly role: MemberRole }[];
}

export interface Occupancy {
  readonly sittingId: string;
  readonly groups: readonly { readonly groupId: string; readonly number: number; readonly capacity: number; readonly members: number }[];
}

export interface Contribution {
  readonly id: string;
  readonly groupId: string;
  readonly questionId: string;
  readonly accountId: string;
  readonly author: string;
  readonly text: string;
  readonly paragraphIds: readonly string[];
  readonly createdAt: string;
}

export interface EventParticipant {
  readonly id: string;
  readonly name: string;
  readonly parliament: string;
  readonly accountId: string | null;
}

interface OnScreen {
  readonly requestId: string;
  readonly name: string;
  readonly parliament: string;
  readonly kind: "floor" | "point_of_order";
  readonly remote: boolean;
}

export interface ProjectorView {
  readonly kind: "group" | "plenary";
  readonly sittingId: string;
  readonly groupId: string | null;
  readonly groupNumber: number | null;
  readonly title: Ml;
  readonly room: { readonly hall: Ml; readonly floor: Ml; readonly building: Ml; readonly capacity: number } | null;
  readonly published: boolean;
  readonly version: number;
  readonly serverTime: string;
  readonly currentSpeaker: (OnScreen & { readonly startedAt: string; readonly timeLimitSeconds: number | null }) | null;
  readonly nextSpeakers: readonly OnScreen[];
  readonly waiting: number;
  readonly question: { readonly id: string; readonly position: number; readonly text: Ml } | null;
  readonly paragraph: {
    readonly id: string;
    readonly label: string;
    readonly kind: "preambular" | "operative";
    readonly text: Ml;
    readonly subParagraphs: readonly { readonly id: string; readonly label: string; readonly text: Ml }[];
    readonly amendments: readonly {
      readonly id: string;
      readonly number: number;
      readonly action: "amend" | "insert" | "delete" | "amend_title";
      readonly status: string;
      readonly targetLabel: string | null;
      readonly author: string | null;
      readonly language: Language;
      readonly changes: readonly { readonly op: "equal" | "insert" | "delete"; readonly text: string }[];
    }[];
  } | null;
}
