import { DomainError } from "../errors.js";
import type { AccountId, GuidingQuestionId, ParagraphId } from "../ids.js";
import { callingOrder } from "./order.js";
import { moveRequest } from "./transitions.js";
import { turnSeconds } from "./turn.js";
import {
  delegationOf,
  MAX_QUOTA_SECONDS,
  MAX_TIME_LIMIT_SECONDS,
  type RequestKind,
  type Speaker,
  type SpeakerRequest,
  type SpeakerRequestId,
  type SpeakersList,
  type TurnRef,
} from "./types.js";

/** A change to a speakers list, as the chair or a member gives it. */
export type SpeakersCommand =
  | {
      readonly type: "request_floor";
      readonly id: SpeakerRequestId;
      readonly speaker: Speaker;
      readonly kind: RequestKind;
      readonly remote: boolean;
      /** For a right of reply: the turn it answers (the one being given or the one just finished). */
      readonly replyTo?: SpeakerRequestId | null;
    }
  | {
      readonly type: "add_speaker";
      readonly id: SpeakerRequestId;
      readonly speaker: Speaker;
      readonly kind: RequestKind;
      readonly remote: boolean;
      readonly replyTo?: SpeakerRequestId | null;
      readonly addedBy: AccountId;
    }
  | { readonly type: "withdraw"; readonly requestId: SpeakerRequestId }
  | { readonly type: "skip"; readonly requestId: SpeakerRequestId }
  | { readonly type: "mark_spoken"; readonly requestId: SpeakerRequestId }
  | { readonly type: "readd"; readonly id: SpeakerRequestId; readonly turn: SpeakerRequest; readonly addedBy: AccountId }
  | { readonly type: "close_list" }
  | { readonly type: "reopen_list" }
  | { readonly type: "set_delegation_quota"; readonly seconds: number | null; readonly reset: boolean }
  | { readonly type: "call_next" }
  | { readonly type: "end_turn" }
  | { readonly type: "reorder"; readonly order: readonly SpeakerRequestId[] }
  | { readonly type: "set_question"; readonly questionId: GuidingQuestionId | null }
  | { readonly type: "set_paragraph"; readonly paragraphId: ParagraphId | null }
  | { readonly type: "set_alternation"; readonly on: boolean }
  | { readonly type: "set_time_limit"; readonly seconds: number | null };

/** The list after a command, and the requests that left it (spoke, withdrawn or absent) for the record. */
export interface SpeakersOutcome {
  readonly list: SpeakersList;
  readonly closed: readonly SpeakerRequest[];
}

const invalid = (message: string, details?: unknown) => new DomainError("invalid_transition", message, [], details);
const unchanged = (list: SpeakersList): SpeakersOutcome => ({ list, closed: [] });

/** Whether a kind of request counts against the delegation's time (a point of order does not). */
const timed = (kind: RequestKind): boolean => kind !== "point_of_order";

/** Seconds the speaker's delegation has left for the item, or null when the list has no quota. */
export const quotaLeft = (list: SpeakersList, speaker: Speaker): number | null =>
  list.delegationQuotaSeconds === null ? null : Math.max(0, list.delegationQuotaSeconds - (list.usedSeconds[delegationOf(speaker)] ?? 0));

const refuseWithoutTime = (list: SpeakersList, speaker: Speaker, kind: RequestKind): void => {
  if (timed(kind) && quotaLeft(list, speaker) === 0)
    throw invalid(`${speaker.parliament || speaker.name} has used all its speaking time for this item`, {
      delegation: delegationOf(speaker),
    });
};

const turnRef = (r: SpeakerRequest): TurnRef => ({
  requestId: r.id,
  accountId: r.speaker.accountId,
  name: r.speaker.name,
  parliament: r.speaker.parliament,
});

/** The turn a right of reply answers: the one being given, or the last one finished. */
const repliedTurn = (list: SpeakersList, speaker: Speaker, id: SpeakerRequestId | null | undefined): TurnRef => {
  const turn =
    list.speaking && list.speaking.id === id && list.speaking.kind !== "point_of_order"
      ? turnRef(list.speaking)
      : list.lastTurn?.requestId === id
        ? list.lastTurn
        : null;
  if (!turn) throw invalid("A right of reply answers the turn being given or the one just finished", { replyTo: id ?? null });
  if (turn.accountId === speaker.accountId)
    throw new DomainError("validation_failed", "Nobody replies to their own turn", [{ path: "replyTo", message: "own turn" }]);
  return turn;
};

/**
 * Puts a request at the end of the queue. One waiting request per person and kind: a person already waiting
 * to speak may still raise a point of order or ask for a reply. A closed list refuses new interventions unless
 * the chair adds them; a delegation without time left is refused.
 */
const enqueue = (
  list: SpeakersList,
  c: { id: SpeakerRequestId; speaker: Speaker; kind: RequestKind; remote: boolean; replyTo?: SpeakerRequestId | null },
  now: string,
  addedBy: AccountId | null,
): SpeakersOutcome => {
  const same = [list.speaking, ...list.queue].find((r) => r?.speaker.accountId === c.speaker.accountId && r.kind === c.kind);
  const speaking = c.kind !== "point_of_order" && list.speaking?.speaker.accountId === c.speaker.accountId ? list.speaking : null;
  const holder = same ?? speaking;
  if (holder)
    throw new DomainError("conflict", `${c.speaker.name} is already on the speakers list (${holder.status})`, [], {
      requestId: holder.id,
    });
  if (c.kind === "floor" && list.closed && addedBy === null)
    throw invalid("The speakers list is closed: no new requests for the floor; the chair may still add a speaker");
  refuseWithoutTime(list, c.speaker, c.kind);
  const request: SpeakerRequest = {
    id: c.id,
    speaker: c.speaker,
    kind: c.kind,
    remote: c.remote,
    status: "waiting",
    requestedAt: now,
    startedAt: null,
    endedAt: null,
    questionId: null,
    timeLimitSeconds: null,
    replyTo: c.kind === "reply" ? repliedTurn(list, c.speaker, c.replyTo) : null,
    skipped: false,
    addedBy,
  };
  return unchanged({ ...list, queue: [...list.queue, request] });
};

/** Ends the current turn, if any: counts its time against the delegation and keeps it as the turn a reply may answer. */
const finishCurrent = (list: SpeakersList, now: string): SpeakersOutcome => {
  if (!list.speaking) return unchanged(list);
  const done = moveRequest(list.speaking, "finish", now);
  if (!timed(done.kind)) return { list: { ...list, speaking: null }, closed: [done] };
  const delegation = delegationOf(done.speaker);
  const usedSeconds = { ...list.usedSeconds, [delegation]: (list.usedSeconds[delegation] ?? 0) + turnSeconds(done) };
  return { list: { ...list, speaking: null, usedSeconds, lastTurn: turnRef(done) }, closed: [done] };
};

const waitingRequest = (list: SpeakersList, id: SpeakerRequestId): SpeakerRequest => {
  const request = list.queue.find((r) => r.id === id);
  if (!request) throw invalid(`Request ${id} is not waiting on the speakers list`, { requestId: id });
  return request;
};

const validSeconds = (s: number | null, max: number, what: string): void => {
  if (s !== null && (!Number.isInteger(s) || s < 1 || s > max))
    throw new DomainError("validation_failed", `${what} is a whole number of seconds from 1 to ${max}`, [
      { path: "seconds", message: "out of range" },
    ]);
};

const callNext = (list: SpeakersList, now: string): SpeakersOutcome => {
  const [next] = callingOrder(list);
  if (!next) throw invalid("Nobody is waiting for the floor");
  const finished = finishCurrent(list, now);
  refuseWithoutTime(finished.list, next.speaker, next.kind);
  const left = timed(next.kind) ? quotaLeft(finished.list, next.speaker) : null;
  const limit = left === null ? list.timeLimitSeconds : Math.min(left, list.timeLimitSeconds ?? left);
  const speaking = { ...moveRequest(next, "call", now), questionId: list.currentQuestionId, timeLimitSeconds: limit };
  const gender =
    next.kind === "floor" && (next.speaker.gender === "woman" || next.speaker.gender === "man")
      ? next.speaker.gender
      : list.lastSpeakerGender;
  return {
    list: { ...finished.list, speaking, lastSpeakerGender: gender, queue: list.queue.filter((r) => r.id !== next.id) },
    closed: finished.closed,
  };
};

/**
 * Not present: the first time, the request goes to the end of the list (as in the UN's practice for a
 * delegation absent when its turn comes); the second time, it leaves the list, recorded as absent.
 */
const skip = (list: SpeakersList, id: SpeakerRequestId, now: string): SpeakersOutcome => {
  const request = list.speaking?.id === id ? list.speaking : waitingRequest(list, id);
  const rest = { ...list, speaking: list.speaking?.id === id ? null : list.speaking, queue: list.queue.filter((r) => r.id !== id) };
  if (request.skipped) return { list: rest, closed: [moveRequest(request, "miss", now)] };
  return unchanged({ ...rest, queue: [...rest.queue, moveRequest(request, "requeue", now)] });
};

const step = (list: SpeakersList, command: SpeakersCommand, now: string): SpeakersOutcome => {
  switch (command.type) {
    case "request_floor":
      return enqueue(list, command, now, null);
    case "add_speaker":
      return enqueue(list, command, now, command.addedBy);
    case "withdraw": {
      const request =
        list.queue.find((r) => r.id === command.requestId) ?? (list.speaking?.id === command.requestId ? list.speaking : null);
      if (!request) throw invalid(`Request ${command.requestId} is not waiting on the speakers list`, { requestId: command.requestId });
      const withdrawn = moveRequest(request, "withdraw", now);
      return { list: { ...list, queue: list.queue.filter((r) => r.id !== request.id) }, closed: [withdrawn] };
    }
    case "skip":
      return skip(list, command.requestId, now);
    case "mark_spoken": {
      const done = moveRequest(waitingRequest(list, command.requestId), "mark_spoken", now);
      const lastTurn = timed(done.kind) ? turnRef(done) : list.lastTurn;
      return { list: { ...list, lastTurn, queue: list.queue.filter((r) => r.id !== done.id) }, closed: [done] };
    }
    case "readd":
      if (command.turn.status !== "spoke")
        throw invalid(`Only a finished turn is put back on the list; this request is ${command.turn.status}`, {
          requestId: command.turn.id,
        });
      return enqueue(
        list,
        { id: command.id, speaker: command.turn.speaker, kind: "floor", remote: command.turn.remote },
        now,
        command.addedBy,
      );
    case "close_list":
      if (list.closed) throw invalid("The speakers list is already closed");
      return unchanged({ ...list, closed: true });
    case "reopen_list":
      if (!list.closed) throw invalid("The speakers list is open");
      return unchanged({ ...list, closed: false });
    case "set_delegation_quota":
      validSeconds(command.seconds, MAX_QUOTA_SECONDS, "A delegation's speaking time");
      return unchanged({ ...list, delegationQuotaSeconds: command.seconds, usedSeconds: command.reset ? {} : list.usedSeconds });
    case "call_next":
      return callNext(list, now);
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
      return unchanged({ ...list, queue: command.order.map((id) => byId.get(id) as SpeakerRequest) });
    }
    case "set_question":
      return unchanged({ ...list, currentQuestionId: command.questionId });
    case "set_paragraph":
      return unchanged({ ...list, paragraphId: command.paragraphId });
    case "set_alternation":
      return unchanged({ ...list, alternation: command.on });
    case "set_time_limit":
      validSeconds(command.seconds, MAX_TIME_LIMIT_SECONDS, "A time limit");
      return unchanged({ ...list, timeLimitSeconds: command.seconds });
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
