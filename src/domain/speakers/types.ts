import type { AccountId, Brand, GuidingQuestionId, ParagraphId } from "../ids.js";
import type { Gender } from "../model.js";

export type SpeakerRequestId = Brand<string, "SpeakerRequestId">;

/** Where a request for the floor stands: waiting → speaking → spoke, or waiting → withdrawn. */
export type RequestStatus = "waiting" | "speaking" | "spoke" | "withdrawn";

/** An ordinary request for the floor, or a point of order (which goes to the top). */
export type RequestKind = "floor" | "point_of_order";

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
};

/** Longest time limit a chair may set, in seconds. */
export const MAX_TIME_LIMIT_SECONDS = 3600;
