import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import { asId, type GuidingQuestionId } from "../ids.js";
import type { Gender } from "../model.js";
import { applySpeakersCommand, type SpeakersCommand } from "./commands.js";
import { alternate, callingOrder } from "./order.js";
import { ask, rid, speaker } from "./test-factories.js";
import { EMPTY_SPEAKERS_LIST, type SpeakerRequest, type SpeakerRequestId, type SpeakersList } from "./types.js";

const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"];
const GENDERS: Gender[] = ["woman", "man", "other", "undisclosed"];
const genderOf = (name: string): Gender => GENDERS[Number(name.slice(1)) % GENDERS.length] ?? "woman";

/** Any command a member or chair could send, including ones the list must refuse. */
const command: fc.Arbitrary<SpeakersCommand> = fc.oneof(
  fc
    .record({ who: fc.constantFrom(...PEOPLE), point: fc.boolean(), remote: fc.boolean() })
    .map(({ who, point, remote }) => ask(who, genderOf(who), point ? "point_of_order" : "floor", remote)),
  fc.constantFrom(...PEOPLE).map((who): SpeakersCommand => ({ type: "withdraw", requestId: rid(who) })),
  fc.constant<SpeakersCommand>({ type: "call_next" }),
  fc.constant<SpeakersCommand>({ type: "end_turn" }),
  fc.shuffledSubarray(PEOPLE).map((order): SpeakersCommand => ({ type: "reorder", order: order.map(rid) })),
  fc.boolean().map((on): SpeakersCommand => ({ type: "set_alternation", on })),
  fc
    .option(fc.constantFrom("q1", "q2"))
    .map((q): SpeakersCommand => ({ type: "set_question", questionId: q === null ? null : asId<GuidingQuestionId>(q) })),
  fc.option(fc.integer({ min: -5, max: 4000 })).map((seconds): SpeakersCommand => ({ type: "set_time_limit", seconds })),
);

const people = (list: SpeakersList) => [...(list.speaking ? [list.speaking] : []), ...list.queue].map((r) => r.speaker.accountId);

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
  it("whatever commands arrive: nobody is twice on the list, points of order come first, refusals change nothing", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        let list = EMPTY_SPEAKERS_LIST;
        const closed: SpeakerRequest[] = [];
        commands.forEach((c, i) => {
          const before = list;
          try {
            const outcome = applySpeakersCommand(list, c, new Date(Date.UTC(2021, 10, 26, 10, 30, i)).toISOString());
            expect(outcome.list.version).toBe(before.version + 1);
            list = outcome.list;
            closed.push(...outcome.closed);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect(list).toBe(before);
          }
          const ids = people(list);
          expect(new Set(ids).size).toBe(ids.length);
          const order = callingOrder(list);
          expect(order).toHaveLength(list.queue.length);
          const firstFloor = order.findIndex((r) => r.kind === "floor");
          if (firstFloor >= 0) expect(order.slice(firstFloor).every((r) => r.kind === "floor")).toBe(true);
          if (list.alternation)
            expect(
              alternates(
                order.filter((r) => r.kind === "floor"),
                list.lastSpeakerGender,
              ),
            ).toBe(true);
          expect(list.queue.every((r) => r.status === "waiting")).toBe(true);
          expect(list.speaking === null || list.speaking.status === "speaking").toBe(true);
        });
        expect(closed.every((r) => r.status === "spoke" || r.status === "withdrawn")).toBe(true);
        expect(closed.filter((r) => r.status === "spoke").every((r) => r.startedAt !== null && r.endedAt! >= r.startedAt)).toBe(true);
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
