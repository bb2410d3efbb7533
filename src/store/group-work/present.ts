import { callingOrder } from "../../domain/speakers/order.js";
import type { SpeakerRequest } from "../../domain/speakers/types.js";
import type { Floor } from "./floor.js";
import type { StoredList } from "./lists.js";

/** A request for the floor as members of the group and the staff see it. */
export const presentRequest = (r: SpeakerRequest) => ({
  id: r.id as string,
  accountId: r.speaker.accountId as string,
  name: r.speaker.name,
  parliament: r.speaker.parliament,
  gender: r.speaker.gender,
  kind: r.kind,
  remote: r.remote,
  status: r.status,
  requestedAt: r.requestedAt,
  startedAt: r.startedAt,
  endedAt: r.endedAt,
  questionId: r.questionId as string | null,
  timeLimitSeconds: r.timeLimitSeconds,
});

export type RequestView = ReturnType<typeof presentRequest>;

/** A speakers list as its members and chair see it: the queue in calling order, with the server's time for countdowns. */
export const presentList = (floor: Floor, stored: StoredList, serverTime: string) => {
  const { list } = stored;
  return {
    key: floor.key,
    sittingId: floor.sittingId as string,
    groupId: floor.groupId,
    version: list.version,
    serverTime,
    projectorPublished: stored.projectorPublished,
    currentQuestionId: list.currentQuestionId as string | null,
    paragraphId: list.paragraphId as string | null,
    alternation: list.alternation,
    timeLimitSeconds: list.timeLimitSeconds,
    speaking: list.speaking ? presentRequest(list.speaking) : null,
    queue: callingOrder(list).map(presentRequest),
  };
};

export type ListView = ReturnType<typeof presentList>;
