import { DomainError } from "../errors.js";
import type { GuidingQuestionId, ParagraphId } from "../ids.js";
import { callingOrder } from "./order.js";
import { moveRequest } from "./transitions.js";
import {
  MAX_TIME_LIMIT_SECONDS,
  type RequestKind,
  type Speaker,
  type SpeakerRequest,
  type SpeakerRequestId,
  type SpeakersList,
} from "./types.js";

/** A change to a speakers list, as the chair or a member gives it. */
export type SpeakersCommand =
  | {
      readonly type: "request_floor";
      readonly id: SpeakerRequestId;
      readonly speaker: Speaker;
      readonly kind: RequestKind;
      readonly remote: boolean;
    }
  | { readonly type: "withdraw"; readonly requestId: SpeakerRequestId }
  | { readonly type: "call_next" }
  | { readonly type: "end_turn" }
  | { readonly type: "reorder"; readonly order: readonly SpeakerRequestId[] }
  | { readonly type: "set_question"; readonly questionId: GuidingQuestionId | null }
  | { readonly type: "set_paragraph"; readonly paragraphId: ParagraphId | null }
  | { readonly type: "set_alternation"; readonly on: boolean }
  | { readonly type: "set_time_limit"; readonly seconds: number | null };

/** The list after a command, and the requests that left it (spoke or withdrawn) for the record. */
export interface SpeakersOutcome {
  readonly list: SpeakersList;
  readonly closed: readonly SpeakerRequest[];
}

const invalid = (message: string, details?: unknown) => new DomainError("invalid_transition", message, [], details);

/** Ends the current turn, if any, and notes the gender alternation continues from. */
const finishCurrent = (list: SpeakersList, now: string): SpeakersOutcome => {
  if (!list.speaking) return { list, closed: [] };
  const done = moveRequest(list.speaking, "finish", now);
  return { list: { ...list, speaking: null }, closed: [done] };
};

const step = (list: SpeakersList, command: SpeakersCommand, now: string): SpeakersOutcome => {
  switch (command.type) {
    case "request_floor": {
      const holder = [list.speaking, ...list.queue].find((r) => r?.speaker.accountId === command.speaker.accountId);
      if (holder)
        throw new DomainError("conflict", `${command.speaker.name} is already on the speakers list (${holder.status})`, [], {
          requestId: holder.id,
        });
      const request: SpeakerRequest = {
        id: command.id,
        speaker: command.speaker,
        kind: command.kind,
        remote: command.remote,
        status: "waiting",
        requestedAt: now,
        startedAt: null,
        endedAt: null,
        questionId: null,
        timeLimitSeconds: null,
      };
      return { list: { ...list, queue: [...list.queue, request] }, closed: [] };
    }
    case "withdraw": {
      const request =
        list.queue.find((r) => r.id === command.requestId) ?? (list.speaking?.id === command.requestId ? list.speaking : null);
      if (!request) throw invalid(`Request ${command.requestId} is not waiting on the speakers list`, { requestId: command.requestId });
      const withdrawn = moveRequest(request, "withdraw", now);
      return { list: { ...list, queue: list.queue.filter((r) => r.id !== request.id) }, closed: [withdrawn] };
    }
    case "call_next": {
      const [next] = callingOrder(list);
      if (!next) throw invalid("Nobody is waiting for the floor");
      const finished = finishCurrent(list, now);
      const speaking = { ...moveRequest(next, "call", now), questionId: list.currentQuestionId, timeLimitSeconds: list.timeLimitSeconds };
      const gender =
        next.kind === "floor" && (next.speaker.gender === "woman" || next.speaker.gender === "man")
          ? next.speaker.gender
          : list.lastSpeakerGender;
      return {
        list: { ...finished.list, speaking, lastSpeakerGender: gender, queue: list.queue.filter((r) => r.id !== next.id) },
        closed: finished.closed,
      };
    }
    case "end_turn":
      if (!list.speaking) throw invalid("Nobody has the floor");
      return finishCurrent(list, now);
    case "reorder": {
      const byId = new Map(list.queue.map((r) => [r.id as string, r]));
      const ids = new Set(command.order);
      if (ids.size !== command.order.length || ids.size !== byId.size || command.order.some((id) => !byId.has(id)))
        throw new DomainError("validation_failed", "The new order must name every waiting request exactly once", [
          { path: "order", message: `expected a permutation of ${byId.size} waiting request(s)` },
        ]);
      return { list: { ...list, queue: command.order.map((id) => byId.get(id) as SpeakerRequest) }, closed: [] };
    }
    case "set_question":
      return { list: { ...list, currentQuestionId: command.questionId }, closed: [] };
    case "set_paragraph":
      return { list: { ...list, paragraphId: command.paragraphId }, closed: [] };
    case "set_alternation":
      return { list: { ...list, alternation: command.on }, closed: [] };
    case "set_time_limit": {
      const s = command.seconds;
      if (s !== null && (!Number.isInteger(s) || s < 1 || s > MAX_TIME_LIMIT_SECONDS))
        throw new DomainError("validation_failed", `A time limit is a whole number of seconds from 1 to ${MAX_TIME_LIMIT_SECONDS}`, [
          { path: "seconds", message: "out of range" },
        ]);
      return { list: { ...list, timeLimitSeconds: s }, closed: [] };
    }
  }
};

/**
 * Applies one command to a speakers list and bumps its version; a refused command throws a DomainError
 * (conflict, invalid_transition, validation_failed) and, the list being a value, changes nothing.
 */
export const applySpeakersCommand = (list: SpeakersList, command: SpeakersCommand, now: string): SpeakersOutcome => {
  const outcome = step(list, command, now);
  return { list: { ...outcome.list, version: list.version + 1 }, closed: outcome.closed };
};
