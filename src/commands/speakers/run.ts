import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { asId, type AccountId, type GuidingQuestionId, type ParagraphId } from "../../domain/ids.js";
import { applySpeakersCommand, type SpeakersCommand } from "../../domain/speakers/commands.js";
import { mayRunFloor, mayTakePartIn } from "../../domain/speakers/rights.js";
import { SPEAKERS_COMMANDS, type SpeakersCommandType } from "../../domain/speakers/transitions.js";
import type { RequestKind, SpeakerRequest, SpeakerRequestId } from "../../domain/speakers/types.js";
import type { Schema } from "../../store/schema.js";
import type { WriteContext } from "../../store/write-context.js";
import { isEventParticipant, type Floor } from "../../store/group-work/floor.js";
import { isFloorCandidate } from "../../store/group-work/candidates.js";
import { closedRequest, listScope, lockList, saveList, type StoredList } from "../../store/group-work/lists.js";
import { closedRequestFromRow } from "../../store/group-work/turns.js";
import { paragraphIdsOfSitting } from "../../store/group-work/paragraphs.js";
import { presentList } from "../../store/group-work/present.js";
import { speakerFacts } from "../../store/group-work/speaker-facts.js";

/** A command as the API receives it: the store fills in ids, the speaker's facts and checks references. */
export type SpeakersCommandInput =
  | { type: "request_floor"; remote: boolean; pointOfOrder: boolean; kind?: RequestKind | undefined; replyTo?: string | null | undefined }
  | { type: "withdraw"; requestId: string }
  | { type: "add_speaker"; accountId: string; kind: RequestKind; remote: boolean; replyTo?: string | null | undefined }
  | { type: "skip"; requestId: string }
  | { type: "mark_spoken"; requestId: string }
  | { type: "readd"; requestId: string }
  | { type: "close_list" }
  | { type: "reopen_list" }
  | { type: "set_delegation_quota"; seconds: number | null; reset: boolean }
  | { type: "call_next" }
  | { type: "end_turn" }
  | { type: "reorder"; order: string[] }
  | { type: "set_question"; questionId: string | null }
  | { type: "set_paragraph"; paragraphId: string | null }
  | { type: "set_alternation"; on: boolean }
  | { type: "set_time_limit"; seconds: number | null };

const EVENT_TYPES: Record<SpeakersCommandType, string> = {
  request_floor: "speakers_list.floor_requested",
  withdraw: "speakers_list.request_withdrawn",
  add_speaker: "speakers_list.speaker_added",
  skip: "speakers_list.speaker_skipped",
  mark_spoken: "speakers_list.marked_spoken",
  readd: "speakers_list.speaker_readded",
  close_list: "speakers_list.closed",
  reopen_list: "speakers_list.reopened",
  set_delegation_quota: "speakers_list.quota_set",
  call_next: "speakers_list.next_called",
  end_turn: "speakers_list.turn_ended",
  reorder: "speakers_list.reordered",
  set_question: "speakers_list.question_set",
  set_paragraph: "speakers_list.paragraph_set",
  set_alternation: "speakers_list.alternation_set",
  set_time_limit: "speakers_list.time_limit_set",
};

const bad = (path: string, message: string) => new DomainError("validation_failed", message, [{ path: `body.command.${path}`, message }]);

const newId = () => asId<SpeakerRequestId>(randomUUID());

/** A reply names the turn it answers; no other kind of request does. */
const replyTo = (kind: RequestKind, id: string | null | undefined): SpeakerRequestId | null => {
  if (kind !== "reply") {
    if (id) throw bad("replyTo", "only a right of reply answers a turn");
    return null;
  }
  if (!id) throw bad("replyTo", "a right of reply names the turn it answers");
  return asId<SpeakerRequestId>(id);
};

/** Checks the caller's right to give the command, from the command table's authority column and the floor's rules. */
const authorize = async (db: Kysely<Schema>, p: Principal, floor: Floor, input: SpeakersCommandInput, stored: StoredList) => {
  const by = SPEAKERS_COMMANDS[input.type].by;
  const chair = mayRunFloor(p, floor);
  const member = async () => mayTakePartIn(p, floor, floor.groupId === null && (await isEventParticipant(db, p, floor)));
  if (by === "chair" && !chair)
    throw new DomainError(
      "forbidden",
      floor.groupId ? "Only the group's chair runs its speakers list" : "Only the presiding officer runs the plenary's speakers list",
    );
  if (by === "member" && !(await member()))
    throw new DomainError(
      "forbidden",
      floor.groupId ? "Only members of this group may ask for the floor" : "Only participants of this event may ask for the floor",
    );
  if (by === "requester_or_chair" && !chair && input.type === "withdraw") {
    const target = [stored.list.speaking, ...stored.list.queue].find((r) => r?.id === input.requestId);
    if ((target && target.speaker.accountId !== p.accountId) || !(await member()))
      throw new DomainError("forbidden", "Only the person who asked, or the chair, may withdraw a request");
  }
};

/** Turns the API's command into the domain's, resolving the speaker and checking questions and paragraphs. */
const toDomain = async (ctx: WriteContext, floor: Floor, input: SpeakersCommandInput): Promise<SpeakersCommand> => {
  switch (input.type) {
    case "request_floor": {
      const facts = ctx.actor === null ? undefined : (await speakerFacts(ctx.trx, floor.eventId, [ctx.actor])).get(ctx.actor);
      if (!facts) throw new DomainError("unauthenticated", "Sign in first");
      const kind = input.kind ?? (input.pointOfOrder ? "point_of_order" : "floor");
      return { type: "request_floor", id: newId(), speaker: facts, kind, remote: input.remote, replyTo: replyTo(kind, input.replyTo) };
    }
    case "add_speaker": {
      const speaker = await isFloorCandidate(ctx.trx, floor, asId<AccountId>(input.accountId));
      if (!speaker)
        throw bad("accountId", floor.groupId ? "not a member of this group" : "not a participant of this event with an account");
      return {
        type: "add_speaker",
        id: newId(),
        speaker,
        kind: input.kind,
        remote: input.remote,
        replyTo: replyTo(input.kind, input.replyTo),
        addedBy: ctx.actor!,
      };
    }
    case "readd": {
      const row = await closedRequest(ctx.trx, floor, input.requestId);
      if (!row) throw bad("requestId", "not a finished turn of this speakers list");
      return { type: "readd", id: newId(), turn: closedRequestFromRow(row), addedBy: ctx.actor! };
    }
    case "withdraw":
    case "skip":
    case "mark_spoken":
      return { type: input.type, requestId: asId<SpeakerRequestId>(input.requestId) };
    case "reorder":
      return { type: "reorder", order: input.order.map((id) => asId<SpeakerRequestId>(id)) };
    case "set_question":
      if (input.questionId !== null && !floor.questions.some((q) => q.id === input.questionId))
        throw bad("questionId", "not a guiding question of this group");
      return { type: "set_question", questionId: input.questionId === null ? null : asId<GuidingQuestionId>(input.questionId) };
    case "set_paragraph":
      if (input.paragraphId !== null && !(await paragraphIdsOfSitting(ctx.trx, floor.sittingId)).has(input.paragraphId))
        throw bad("paragraphId", "not a paragraph of a draft resolution of this sitting");
      return { type: "set_paragraph", paragraphId: input.paragraphId === null ? null : asId<ParagraphId>(input.paragraphId) };
    case "call_next":
    case "end_turn":
    case "close_list":
    case "reopen_list":
    case "set_delegation_quota":
    case "set_alternation":
    case "set_time_limit":
      return input;
  }
};

const closedRow = (floor: Floor, listId: string, r: SpeakerRequest): Schema["speaker_requests"] => ({
  id: r.id,
  list_id: listId,
  sitting_id: floor.sittingId,
  group_id: floor.groupId,
  account_id: r.speaker.accountId,
  kind: r.kind,
  remote: r.remote ? 1 : 0,
  status: r.status,
  question_id: r.questionId,
  requested_at: r.requestedAt,
  started_at: r.startedAt,
  ended_at: r.endedAt,
  time_limit_seconds: r.timeLimitSeconds,
  speaker: JSON.stringify(r.speaker),
  reply_to: r.replyTo ? JSON.stringify(r.replyTo) : null,
  added_by: r.addedBy,
});

/**
 * Runs one command on a floor's speakers list: checks the right, the version the caller saw (stale → 409 with
 * the current list), applies the domain's transition, records finished turns and one event.
 */
export const runSpeakersCommand = async (
  ctx: WriteContext,
  p: Principal,
  floor: Floor,
  input: { command: SpeakersCommandInput; version?: number | undefined },
): Promise<StoredList> => {
  const stored = await lockList(ctx, floor);
  await authorize(ctx.trx, p, floor, input.command, stored);
  if (input.version !== undefined && input.version !== stored.list.version)
    throw new DomainError(
      "stale_version",
      `The speakers list changed since you loaded it (version ${input.version}, now ${stored.list.version})`,
      [],
      {
        current: presentList(floor, stored, ctx.now),
      },
    );
  const outcome = applySpeakersCommand(stored.list, await toDomain(ctx, floor, input.command), ctx.now);
  await saveList(ctx, stored.id, outcome.list);
  for (const r of outcome.closed)
    await ctx.trx
      .insertInto("speaker_requests")
      .values(closedRow(floor, stored.id, r))
      .execute();
  const speaking = outcome.list.speaking;
  ctx.record({
    type: EVENT_TYPES[input.command.type],
    subject: `speakers_list:${stored.id}`,
    sittingId: floor.sittingId,
    scope: listScope(floor, stored.projectorPublished),
    payload: {
      key: floor.key,
      groupId: floor.groupId,
      version: outcome.list.version,
      speaking: speaking
        ? {
            requestId: speaking.id,
            name: speaking.speaker.name,
            kind: speaking.kind,
            remote: speaking.remote,
            startedAt: speaking.startedAt,
            timeLimitSeconds: speaking.timeLimitSeconds,
          }
        : null,
      waiting: outcome.list.queue.length,
      listClosed: outcome.list.closed,
      closed: outcome.closed.map((r) => ({ requestId: r.id, status: r.status })),
    },
  });
  return { ...stored, list: outcome.list };
};
