import type { AccountId, Brand, GuidingQuestionId, ParagraphId } from "../ids.js";
import type { Gender } from "../model.js";

export type SpeakerRequestId = Brand<string, "SpeakerRequestId">;

/**
 * Where a request for the floor stands: waiting → speaking → spoke, or waiting → withdrawn; a speaker not
 * present when called a second time leaves the list as absent.
 */
export const REQUEST_STATUSES = ["waiting", "speaking", "spoke", "withdrawn", "absent"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * An intervention (the ordinary request for the floor), a right of reply to a turn (called before the next
 * intervention), or a point of order (called first, whatever else the person has asked for).
 */
export const REQUEST_KINDS = ["floor", "reply", "point_of_order"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Where a speakers list lives: a discussion group's floor, or a sitting's plenary. */
export const FLOOR_KINDS = ["group", "plenary"] as const;
export type FloorKind = (typeof FLOOR_KINDS)[number];

/** A turn another request refers to (a reply names the turn it answers). */
export interface TurnRef {
  readonly requestId: SpeakerRequestId;
  readonly accountId: AccountId;
  readonly name: string;
  readonly parliament: string;
}

/** The person behind a request, as known when they asked: alternation and statistics read it. */
export interface Speaker {
  readonly accountId: AccountId;
  readonly name: string;
  readonly parliament: string;
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
}

/** One request for the floor and, once called, the turn it became. */
export interface SpeakerRequest {
  readonly id: SpeakerRequestId;
  readonly speaker: Speaker;
  readonly kind: RequestKind;
  /** Following remotely rather than in the hall; they queue the same way. */
  readonly remote: boolean;
  readonly status: RequestStatus;
  readonly requestedAt: string;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  /** The guiding question under discussion when the turn started. */
  readonly questionId: GuidingQuestionId | null;
  readonly timeLimitSeconds: number | null;
  /** The turn a reply answers; null for other kinds. */
  readonly replyTo: TurnRef | null;
  /** Not present once when called or reached: moved to the end; a second time, the request leaves as absent. */
  readonly skipped: boolean;
  /** The chair or secretariat who put the request on the list on the speaker's behalf; null when they asked. */
  readonly addedBy: AccountId | null;
}

/** The speakers list of a discussion group or a plenary sitting: a plain value, versioned for concurrent chairs. */
export interface SpeakersList {
  readonly version: number;
  readonly currentQuestionId: GuidingQuestionId | null;
  /** The paragraph of the draft resolution under discussion, shown on the projector. */
  readonly paragraphId: ParagraphId | null;
  /** Whether the calling order alternates women and men. */
  readonly alternation: boolean;
  /** The time limit given to each turn when it starts; null for none. */
  readonly timeLimitSeconds: number | null;
  /** The gender of the last floor speaker who was a woman or a man: alternation continues from it. */
  readonly lastSpeakerGender: "woman" | "man" | null;
  readonly speaking: SpeakerRequest | null;
  /** Waiting requests in the chair's order (arrival order unless reordered). */
  readonly queue: readonly SpeakerRequest[];
  /** A closed list takes no new interventions from the floor; the chair may still add, and points of order and replies remain. */
  readonly closed: boolean;
  /** Total speaking time per delegation for the item, where the body uses quotas; null for none. */
  readonly delegationQuotaSeconds: number | null;
  /** Seconds each delegation has spoken (interventions and replies) since the quota was last reset. */
  readonly usedSeconds: Readonly<Record<string, number>>;
  /** The last finished turn: a right of reply may still answer it. */
  readonly lastTurn: TurnRef | null;
}

/** A list nobody has used yet. */
export const EMPTY_SPEAKERS_LIST: SpeakersList = {
  version: 0,
  currentQuestionId: null,
  paragraphId: null,
  alternation: false,
  timeLimitSeconds: null,
  lastSpeakerGender: null,
  speaking: null,
  queue: [],
  closed: false,
  delegationQuotaSeconds: null,
  usedSeconds: {},
  lastTurn: null,
};

/** Whose time a speaker's turns count against: their parliament (delegation), or the person when they have none. */
export const delegationOf = (speaker: Speaker): string => speaker.parliament.trim() || `account:${speaker.accountId}`;

/** Longest time limit a chair may set, in seconds. */
export const MAX_TIME_LIMIT_SECONDS = 3600;

/** Longest total speaking time per delegation a chair may set, in seconds. */
export const MAX_QUOTA_SECONDS = 6 * 3600;
