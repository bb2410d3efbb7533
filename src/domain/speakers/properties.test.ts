import { GENDERS } from "../model.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import { asId, type AccountId, type GuidingQuestionId } from "../ids.js";
import type { Gender } from "../model.js";
import { applySpeakersCommand, type SpeakersCommand } from "./commands.js";
import { alternate, callingOrder } from "./order.js";
import { turnSeconds } from "./turn.js";
import { addOnBehalf, ask, rid, speaker } from "./test-factories.js";
import {
  delegationOf,
  EMPTY_SPEAKERS_LIST,
  type RequestKind,
  type SpeakerRequest,
  type SpeakerRequestId,
  type SpeakersList,
} from "./types.js";

const CHAIR = asId<AccountId>("chair");
/** Placeholders the run replaces with the person's last finished turn (a waiting placeholder is refused). */
const READD: Record<string, SpeakerRequest> = {};

const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"];
const genderOf = (name: string): Gender => GENDERS[Number(name.slice(1)) % GENDERS.length] ?? "woman";
for (const who of PEOPLE)
  READD[who] = { ...(ask(who) as Extract<SpeakersCommand, { type: "request_floor" }>), status: "waiting" } as unknown as SpeakerRequest;

const PARLIAMENTS = ["Spain", "Kenya", "Jordan"];
const KINDS: RequestKind[] = ["floor", "reply", "point_of_order"];

/** A person of one of three delegations, with the request id `rid(who, kind)`. */
const asking = (c: SpeakersCommand, who: string): SpeakersCommand =>
  c.type === "request_floor" || c.type === "add_speaker"
    ? { ...c, speaker: speaker(who, genderOf(who), { parliament: PARLIAMENTS[Number(who.slice(1)) % PARLIAMENTS.length] ?? "" }) }
    : c;

/** Any command a member or chair could send, including ones the list must refuse; `readd` names the person whose last turn returns. */
const command: fc.Arbitrary<SpeakersCommand> = fc.oneof(
  fc
    .record({ who: fc.constantFrom(...PEOPLE), kind: fc.constantFrom(...KINDS), remote: fc.boolean(), to: fc.constantFrom(...PEOPLE) })
    .map(({ who, kind, remote, to }) => asking(ask(who, genderOf(who), kind, remote, kind === "reply" ? rid(to) : null), who)),
  fc
    .record({ who: fc.constantFrom(...PEOPLE), kind: fc.constantFrom(...KINDS), to: fc.constantFrom(...PEOPLE) })
    .map(({ who, kind, to }) => {
      const added = addOnBehalf(who, genderOf(who), kind) as Extract<SpeakersCommand, { type: "add_speaker" }>;
      return asking({ ...added, replyTo: kind === "reply" ? rid(to) : null }, who);
    }),
  fc
    .record({ who: fc.constantFrom(...PEOPLE), kind: fc.constantFrom(...KINDS) })
    .map(({ who, kind }): SpeakersCommand => ({ type: "withdraw", requestId: rid(who, kind) })),
  fc
    .record({ who: fc.constantFrom(...PEOPLE), kind: fc.constantFrom(...KINDS), how: fc.constantFrom("skip", "mark_spoken") })
    .map(({ who, kind, how }): SpeakersCommand => ({ type: how as "skip" | "mark_spoken", requestId: rid(who, kind) })),
  fc.constantFrom(...PEOPLE).map((who): SpeakersCommand => ({ type: "readd", id: rid(who), turn: READD[who]!, addedBy: CHAIR })),
  fc.constantFrom<SpeakersCommand>({ type: "close_list" }, { type: "reopen_list" }),
  fc
    .record({ seconds: fc.option(fc.integer({ min: 0, max: 8 })), reset: fc.boolean() })
    .map(({ seconds, reset }): SpeakersCommand => ({ type: "set_delegation_quota", seconds, reset })),
  fc.constant<SpeakersCommand>({ type: "call_next" }),
  fc.constant<SpeakersCommand>({ type: "call_next" }),
  fc.constant<SpeakersCommand>({ type: "end_turn" }),
  fc.shuffledSubarray(PEOPLE).map((order): SpeakersCommand => ({ type: "reorder", order: order.map((who) => rid(who)) })),
  fc.boolean().map((on): SpeakersCommand => ({ type: "set_alternation", on })),
  fc
    .option(fc.constantFrom("q1", "q2"))
    .map((q): SpeakersCommand => ({ type: "set_question", questionId: q === null ? null : asId<GuidingQuestionId>(q) })),
  fc.option(fc.integer({ min: -5, max: 4000 })).map((seconds): SpeakersCommand => ({ type: "set_time_limit", seconds })),
);

/** Each person's live requests by kind: never two of one kind. */
const people = (list: SpeakersList) =>
  [...(list.speaking ? [list.speaking] : []), ...list.queue].map((r) => `${r.speaker.accountId}/${r.kind}`);

/** Checks the alternation promise on an order: equal neighbours (women/men only) only once the other gender ran out. */
const alternates = (order: readonly SpeakerRequest[], after: "woman" | "man" | null): boolean => {
  const binary = order.filter((r) => r.speaker.gender === "woman" || r.speaker.gender === "man");
  return binary.every((r, i) => {
    const previous = i === 0 ? after : binary[i - 1]!.speaker.gender;
    if (previous === null || r.speaker.gender !== previous) return true;
    return binary.slice(i).every((x) => x.speaker.gender === previous);
  });
};

describe("speakers list properties", () => {
  it("whatever commands arrive: nobody twice on the list for one kind, points of order then replies first, refusals change nothing", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        let list = EMPTY_SPEAKERS_LIST;
        const closed: SpeakerRequest[] = [];
        commands.forEach((given, i) => {
          const before = list;
          const last = given.type === "readd" ? closed.findLast((r) => r.speaker.name === given.id.slice(2)) : undefined;
          const c: SpeakersCommand = given.type === "readd" && last ? { ...given, turn: last } : given;
          const mine = c.type === "request_floor" || c.type === "add_speaker" ? c : null;
          const holdsPoint =
            mine &&
            [list.speaking, ...list.queue].some((r) => r?.speaker.accountId === mine.speaker.accountId && r.kind === "point_of_order");
          try {
            if (c.type === "readd" && !last) throw new DomainError("invalid_transition", "nothing to re-add");
            const outcome = applySpeakersCommand(list, c, new Date(Date.UTC(2021, 10, 26, 10, 30, i)).toISOString());
            expect(outcome.list.version).toBe(before.version + 1);
            list = outcome.list;
            closed.push(...outcome.closed);
            // A closed list takes no intervention asked from the floor.
            if (c.type === "request_floor" && c.kind === "floor") expect(before.closed).toBe(false);
            // A call never gives more time than the delegation has left.
            if (c.type === "call_next" && list.speaking && list.speaking.kind !== "point_of_order" && list.delegationQuotaSeconds !== null)
              expect(list.speaking.timeLimitSeconds).toBeLessThanOrEqual(
                list.delegationQuotaSeconds - (list.usedSeconds[delegationOf(list.speaking.speaker)] ?? 0),
              );
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect(list).toBe(before);
            // A point of order is independent of the queue: only a second one of the same person is refused.
            if (c.type === "request_floor" && c.kind === "point_of_order") expect(holdsPoint).toBe(true);
          }
          const ids = people(list);
          expect(new Set(ids).size).toBe(ids.length);
          const order = callingOrder(list);
          expect(order).toHaveLength(list.queue.length);
          const rank = { point_of_order: 0, reply: 1, floor: 2 };
          expect(order.every((r, n) => n === 0 || rank[order[n - 1]!.kind] <= rank[r.kind])).toBe(true);
          if (list.alternation)
            expect(
              alternates(
                order.filter((r) => r.kind === "floor"),
                list.lastSpeakerGender,
              ),
            ).toBe(true);
          expect(list.queue.every((r) => r.status === "waiting")).toBe(true);
          expect(
            list.queue.every((r) => (r.kind === "reply") === (r.replyTo !== null) && r.replyTo?.accountId !== r.speaker.accountId),
          ).toBe(true);
          expect(list.speaking === null || list.speaking.status === "speaking").toBe(true);
          expect(Object.values(list.usedSeconds).every((s) => s >= 0)).toBe(true);
        });
        expect(closed.every((r) => r.status === "spoke" || r.status === "withdrawn" || (r.status === "absent" && r.skipped))).toBe(true);
        expect(closed.filter((r) => r.status === "spoke").every((r) => r.startedAt !== null && r.endedAt! >= r.startedAt)).toBe(true);
        // Every second spoken (other than on points of order) is counted against a delegation, unless the chair reset the count.
        if (!commands.some((c) => c.type === "set_delegation_quota" && c.reset)) {
          const spoken = closed.filter((r) => r.status === "spoke" && r.kind !== "point_of_order").reduce((n, r) => n + turnSeconds(r), 0);
          expect(Object.values(list.usedSeconds).reduce((n, s) => n + s, 0)).toBe(spoken);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("alternation keeps women and men alternating while both are waiting, and loses nobody", () => {
    const requests = fc.array(fc.constantFrom<Gender>(...GENDERS), { maxLength: 20 }).map((gs) =>
      gs.map((g, i): SpeakerRequest => ({
        id: asId<SpeakerRequestId>(`r${i}`),
        speaker: speaker(`p${i}`, g),
        kind: "floor",
        remote: false,
        status: "waiting",
        requestedAt: "2021-11-26T10:30:00.000Z",
        startedAt: null,
        endedAt: null,
        questionId: null,
        timeLimitSeconds: null,
        replyTo: null,
        skipped: false,
        addedBy: null,
      })),
    );
    fc.assert(
      fc.property(requests, fc.constantFrom<"woman" | "man" | null>("woman", "man", null), (rs, after) => {
        const order = alternate(rs, after);
        expect([...order].map((r) => r.id).sort()).toEqual(rs.map((r) => r.id).sort());
        expect(alternates(order, after)).toBe(true);
      }),
    );
  });
});
