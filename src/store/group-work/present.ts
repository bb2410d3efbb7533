import { quotaLeft } from "../../domain/speakers/commands.js";
import { callingOrder } from "../../domain/speakers/order.js";
import { delegationOf, type SpeakerRequest, type SpeakersList, type TurnRef } from "../../domain/speakers/types.js";
import type { Floor } from "./floor.js";
import type { StoredList } from "./lists.js";

const presentTurnRef = (t: TurnRef | null) =>
  t ? { requestId: t.requestId as string, accountId: t.accountId as string, name: t.name, parliament: t.parliament } : null;

/** A request for the floor as members of the group and the staff see it, with its delegation's time left when known. */
export const presentRequest = (r: SpeakerRequest, list: SpeakersList | null = null) => ({
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
  replyTo: presentTurnRef(r.replyTo),
  skipped: r.skipped,
  addedBy: r.addedBy as string | null,
  quotaLeftSeconds: list && r.kind !== "point_of_order" ? quotaLeft(list, r.speaker) : null,
});

export type RequestView = ReturnType<typeof presentRequest>;

/** Each delegation that has spoken or waits, by its name, with its time used and left. */
const delegations = (list: SpeakersList) => {
  const people = [list.speaking, ...list.queue].filter((r): r is SpeakerRequest => r !== null);
  const label = new Map(people.map((r) => [delegationOf(r.speaker), r.speaker.parliament || r.speaker.name]));
  const keys = [...new Set([...Object.keys(list.usedSeconds), ...label.keys()])];
  return keys
    .map((key) => {
      const used = Math.round(list.usedSeconds[key] ?? 0);
      return {
        delegation: label.get(key) ?? key.replace(/^account:/, ""),
        usedSeconds: used,
        leftSeconds: list.delegationQuotaSeconds === null ? null : Math.max(0, list.delegationQuotaSeconds - used),
      };
    })
    .sort((a, b) => a.delegation.localeCompare(b.delegation));
};

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
    closed: list.closed,
    delegationQuotaSeconds: list.delegationQuotaSeconds,
    delegations: delegations(list),
    lastTurn: presentTurnRef(list.lastTurn),
    speaking: list.speaking ? presentRequest(list.speaking, list) : null,
    queue: callingOrder(list).map((r) => presentRequest(r, list)),
  };
};

export type ListView = ReturnType<typeof presentList>;
