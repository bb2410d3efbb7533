import type { Language } from "../../domain/language.js";
import type { MultilingualText, TranslationStatus } from "../../domain/multilingual.js";

/** Shapes of the set-up API's answers, as the set-up screens read them. */

export type Ml = MultilingualText;
export type Translations = Readonly<Partial<Record<Language, TranslationStatus>>>;

interface Versioned {
  readonly version: number;
  readonly published: boolean;
  readonly translations: Translations;
}

export const BODY_KINDS = ["forum", "bureau", "standing_committee", "plenary", "drafting_group", "other"] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const DOCUMENT_KINDS = ["information_note", "draft_resolution", "amendments", "report", "revised_draft"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface SetupBody {
  readonly id: string;
  readonly key: string;
  readonly kind: BodyKind;
  readonly name: Ml;
  readonly parentId: string | null;
}

export interface SetupEvent extends Versioned {
  readonly id: string;
  readonly key: string;
  readonly name: Ml;
  readonly place: Ml;
  readonly organisation: Ml;
  readonly tagline: Ml | null;
  readonly hashtag: string | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly timeZone: string;
  readonly workingLanguages: readonly Language[];
  readonly bodies: readonly SetupBody[];
}

export interface SetupAgendaItem {
  readonly id: string;
  readonly number: string;
  readonly title: Ml;
}

export interface SetupSitting extends Versioned {
  readonly id: string;
  readonly eventId: string;
  readonly bodyId: string;
  readonly number: number;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly timeZone: string;
  readonly venue: Ml;
  readonly title: Ml;
  readonly agenda: readonly SetupAgendaItem[];
}

export interface SetupDocument extends Versioned {
  readonly id: string;
  readonly sittingId: string | null;
  readonly symbol: string;
  readonly kind: DocumentKind;
  readonly date: string;
  readonly agendaItemId: string | null;
  readonly title: Ml;
  readonly subtitle: Ml | null;
  readonly sections: readonly { readonly key: string; readonly heading: Ml; readonly paragraphs: readonly Ml[] }[];
  readonly footnotes: readonly { readonly number: number; readonly text: Ml; readonly url: string | null }[];
}

export interface SetupRoom {
  readonly hall: Ml;
  readonly floor: Ml;
  readonly building: Ml;
  readonly capacity: number;
}

export interface SetupGroup extends Versioned {
  readonly id: string;
  readonly sittingId: string;
  readonly number: number;
  readonly title: Ml;
  readonly description: readonly Ml[];
  readonly room: SetupRoom;
  readonly guidingQuestions: readonly { readonly id: string; readonly position: number; readonly text: Ml }[];
}

export type SittingTree = SetupSitting & { readonly documents: readonly SetupDocument[]; readonly groups: readonly SetupGroup[] };

export interface SetupTree {
  readonly event: SetupEvent;
  readonly sittings: readonly SittingTree[];
}

export type RevisionKind = "event" | "sitting" | "document" | "discussion_group";

export interface Revision {
  readonly version: number;
  readonly time: string;
  readonly actor: { readonly id: string; readonly name: string } | null;
  readonly published: boolean;
  readonly changes: readonly string[];
}

export interface ImportProblem {
  readonly row: number;
  readonly column: string | null;
  readonly problem: string;
}

export interface Invitation {
  readonly participantId: string;
  readonly accountId: string;
  readonly email: string;
  readonly name: string;
  readonly link: string;
  readonly expiresAt: string;
}

export interface ImportReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly valid: number;
  readonly imported: number;
  readonly problems: readonly ImportProblem[];
  readonly invitations: readonly Invitation[];
}

export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly parliament: string;
  readonly gender: string;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
  readonly languages: readonly string[];
  readonly delegation: { readonly id: string; readonly name: string } | null;
  readonly accountId: string | null;
  readonly email: string | null;
  readonly signedUp: boolean;
  readonly roles: readonly { readonly role: string; readonly scope: string | null }[];
  readonly active: boolean;
  readonly version: number;
}

export interface Delegation {
  readonly id: string;
  readonly name: string;
  readonly parliament: string;
  readonly members: readonly { readonly id: string; readonly name: string; readonly gender: string }[];
  readonly byGender: Readonly<Record<string, number>>;
}

export type DecisionMethod =
  | { readonly kind: "consensus" }
  | { readonly kind: "show_of_hands" | "roll_call"; readonly for: number; readonly against: number; readonly abstain: number };

export interface Designation {
  readonly id: string;
  readonly groupId: string;
  readonly function: "chair" | "rapporteur";
  readonly status: "recommended" | "designated" | "replaced" | "withdrawn";
  readonly participant: { readonly id: string; readonly name: string; readonly parliament: string; readonly accountId: string | null };
  readonly recommendation: { readonly by: string | null; readonly at: string; readonly note: string | null };
  readonly decision: {
    readonly date: string;
    readonly sittingId: string;
    readonly method: DecisionMethod;
    readonly by: string | null;
  } | null;
  readonly replaces: string | null;
  readonly replacedBy: string | null;
  readonly withdrawal: { readonly at: string; readonly reason: string | null; readonly by: string | null } | null;
  readonly version: number;
}
