import type { Kysely } from "kysely";
import { callingOrder } from "../../domain/speakers/order.js";
import type { SpeakerRequest } from "../../domain/speakers/types.js";
import type { Schema } from "../schema.js";
import type { Floor } from "./floor.js";
import type { StoredList } from "./lists.js";
import { paragraphUnderDiscussion } from "./paragraphs.js";

/** How many of the next speakers the hall's screen shows. */
export const PROJECTOR_NEXT_SPEAKERS = 5;

/** A speaker as the hall's screen shows them: name, parliament, how they follow; no personal facts. */
const onScreen = (r: SpeakerRequest) => ({
  requestId: r.id as string,
  name: r.speaker.name,
  parliament: r.speaker.parliament,
  kind: r.kind,
  remote: r.remote,
});

/**
 * What the hall's screen shows: the current speaker with the turn's start and limit (clients count down from
 * `serverTime`), the next speakers, the guiding question and the paragraph under discussion with its proposed
 * amendments as tracked changes; its draft only if published or `includeUnpublished`.
 */
export const projectorView = async (
  db: Kysely<Schema>,
  includeUnpublished: boolean,
  floor: Floor,
  stored: StoredList,
  serverTime: string,
) => {
  const { list } = stored;
  const question = floor.questions.find((q) => q.id === list.currentQuestionId) ?? null;
  return {
    kind: floor.kind,
    sittingId: floor.sittingId as string,
    groupId: floor.groupId,
    groupNumber: floor.groupNumber,
    title: floor.title,
    room: floor.room,
    published: stored.projectorPublished,
    version: list.version,
    serverTime,
    currentSpeaker: list.speaking
      ? { ...onScreen(list.speaking), startedAt: list.speaking.startedAt ?? serverTime, timeLimitSeconds: list.speaking.timeLimitSeconds }
      : null,
    nextSpeakers: callingOrder(list).slice(0, PROJECTOR_NEXT_SPEAKERS).map(onScreen),
    waiting: list.queue.length,
    question: question ? { id: question.id, position: question.position, text: question.text } : null,
    paragraph: list.paragraphId ? await paragraphUnderDiscussion(db, includeUnpublished, floor.sittingId, list.paragraphId) : null,
  };
};

export type ProjectorView = Awaited<ReturnType<typeof projectorView>>;
