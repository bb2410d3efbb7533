import { DomainError } from "../errors.js";
import type { RequestStatus, SpeakerRequest } from "./types.js";

/**
 * What can happen to one request: called, withdrawn (by the person or removed by the chair), finished, marked
 * as spoken without a timed turn, moved to the end once when not present (requeue), and let go the second time (miss).
 */
export type RequestMove = "call" | "withdraw" | "finish" | "mark_spoken" | "requeue" | "miss";

/** The one transition table of a request for the floor: from each status, each allowed move and where it leads. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, Readonly<Partial<Record<RequestMove, RequestStatus>>>>> = {
  waiting: { call: "speaking", withdraw: "withdrawn", mark_spoken: "spoke", requeue: "waiting", miss: "absent" },
  speaking: { finish: "spoke", requeue: "waiting", miss: "absent" },
  spoke: {},
  withdrawn: {},
  absent: {},
};

/** Who may give a command: any member of the group (or sitting), the requester or the chair, or the chair only. */
export type CommandAuthority = "member" | "requester_or_chair" | "chair";

/** The commands of a speakers list, who may give them, and which request moves each one makes. */
export const SPEAKERS_COMMANDS = {
  request_floor: { by: "member", moves: [] },
  withdraw: { by: "requester_or_chair", moves: ["withdraw"] },
  add_speaker: { by: "chair", moves: [] },
  skip: { by: "chair", moves: ["requeue", "miss"] },
  mark_spoken: { by: "chair", moves: ["mark_spoken"] },
  readd: { by: "chair", moves: [] },
  close_list: { by: "chair", moves: [] },
  reopen_list: { by: "chair", moves: [] },
  set_delegation_quota: { by: "chair", moves: [] },
  call_next: { by: "chair", moves: ["finish", "call"] },
  end_turn: { by: "chair", moves: ["finish"] },
  reorder: { by: "chair", moves: [] },
  set_question: { by: "chair", moves: [] },
  set_paragraph: { by: "chair", moves: [] },
  set_alternation: { by: "chair", moves: [] },
  set_time_limit: { by: "chair", moves: [] },
} as const satisfies Record<string, { by: CommandAuthority; moves: readonly RequestMove[] }>;

export type SpeakersCommandType = keyof typeof SPEAKERS_COMMANDS;

/** The status a request would reach, or null when the table does not allow the move. */
export const nextRequestStatus = (from: RequestStatus, move: RequestMove): RequestStatus | null => REQUEST_TRANSITIONS[from][move] ?? null;

/** Applies one move of the table to a request at a time; anything else is an invalid_transition. */
export const moveRequest = (request: SpeakerRequest, move: RequestMove, now: string): SpeakerRequest => {
  const status = nextRequestStatus(request.status, move);
  if (status === null)
    throw new DomainError("invalid_transition", `${request.speaker.name}'s request is ${request.status}; it cannot ${move}`, [], {
      from: request.status,
      move,
    });
  switch (move) {
    case "call":
      return { ...request, status, startedAt: now };
    case "requeue":
      return { ...request, status, startedAt: null, skipped: true };
    case "mark_spoken":
      return { ...request, status, startedAt: now, endedAt: now };
    case "finish":
    case "withdraw":
    case "miss":
      return { ...request, status, endedAt: now };
  }
};
