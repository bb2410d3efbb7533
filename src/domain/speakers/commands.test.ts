import { describe, expect, it } from "vitest";
import { asId, type GuidingQuestionId, type ParagraphId } from "../ids.js";
import { applySpeakersCommand, type SpeakersCommand, type SpeakersOutcome } from "./commands.js";
import { callingOrder } from "./order.js";
import { ask, rid } from "./test-factories.js";
import { EMPTY_SPEAKERS_LIST, type SpeakersList } from "./types.js";

const T0 = "2021-11-26T10:30:00.000Z";
const at = (s: number) => new Date(Date.parse(T0) + s * 1000).toISOString();
const Q1 = asId<GuidingQuestionId>("q1");

const run = (commands: SpeakersCommand[], list: SpeakersList = EMPTY_SPEAKERS_LIST): SpeakersOutcome => {
  let outcome: SpeakersOutcome = { list, closed: [] };
  commands.forEach((c, i) => {
    const next = applySpeakersCommand(outcome.list, c, at(i * 60));
    outcome = { list: next.list, closed: [...outcome.closed, ...next.closed] };
  });
  return outcome;
};

/** Lists in every state a command can meet. */
const STATES: Record<string, SpeakersList> = {
  empty: EMPTY_SPEAKERS_LIST,
  waiting: run([ask("amina"), ask("bruno", "man")]).list,
  speaking: run([ask("amina"), { type: "call_next" }]).list,
  "speaking and waiting": run([ask("amina"), ask("bruno", "man"), { type: "call_next" }]).list,
};

const COMMANDS: Record<string, SpeakersCommand> = {
  "request_floor (amina)": ask("amina"),
  "request_floor (chen)": ask("chen", "other"),
  "withdraw (amina)": { type: "withdraw", requestId: rid("amina") },
  call_next: { type: "call_next" },
  end_turn: { type: "end_turn" },
  "reorder (bruno, amina)": { type: "reorder", order: [rid("bruno"), rid("amina")] },
  set_question: { type: "set_question", questionId: Q1 },
  set_paragraph: { type: "set_paragraph", paragraphId: asId<ParagraphId>("op1") },
  set_alternation: { type: "set_alternation", on: true },
  set_time_limit: { type: "set_time_limit", seconds: 180 },
};

/** The error code each command meets in each state; anything not listed succeeds. */
const REFUSED: Record<string, string> = {
  "waiting/request_floor (amina)": "conflict",
  "speaking/request_floor (amina)": "conflict",
  "speaking and waiting/request_floor (amina)": "conflict",
  "empty/withdraw (amina)": "invalid_transition",
  "speaking/withdraw (amina)": "invalid_transition",
  "speaking and waiting/withdraw (amina)": "invalid_transition",
  "empty/call_next": "invalid_transition",
  "speaking/call_next": "invalid_transition",
  "empty/end_turn": "invalid_transition",
  "waiting/end_turn": "invalid_transition",
  "empty/reorder (bruno, amina)": "validation_failed",
  "speaking/reorder (bruno, amina)": "validation_failed",
  "speaking and waiting/reorder (bruno, amina)": "validation_failed",
};

describe("speakers list commands in every state", () => {
  for (const [state, list] of Object.entries(STATES)) {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const code = REFUSED[`${state}/${name}`];
      it(`${state} / ${name} → ${code ?? "applied"}`, () => {
        if (code) {
          expect(() => applySpeakersCommand(list, command, at(999))).toThrowError(expect.objectContaining({ code }) as unknown as Error);
        } else {
          expect(applySpeakersCommand(list, command, at(999)).list.version).toBe(list.version + 1);
        }
      });
    }
  }
});

describe("running a speakers list", () => {
  it("calls speakers in order, records each finished turn with its question and time limit", () => {
    const { list, closed } = run([
      { type: "set_question", questionId: Q1 },
      { type: "set_time_limit", seconds: 120 },
      ask("amina"),
      ask("bruno", "man", "floor", true),
      { type: "call_next" },
      { type: "call_next" },
      { type: "end_turn" },
    ]);
    expect(list.speaking).toBeNull();
    expect(closed.map((r) => [r.speaker.name, r.status, r.questionId, r.timeLimitSeconds, r.startedAt, r.endedAt])).toEqual([
      ["amina", "spoke", Q1, 120, at(240), at(300)],
      ["bruno", "spoke", Q1, 120, at(300), at(360)],
    ]);
    expect(closed[1]?.remote).toBe(true);
    expect(list.version).toBe(7);
  });

  it("puts a point of order at the top and lets a waiting person withdraw", () => {
    const { list, closed } = run([
      ask("amina"),
      ask("bruno", "man"),
      ask("chen", "other", "point_of_order"),
      { type: "withdraw", requestId: rid("amina") },
    ]);
    expect(callingOrder(list).map((r) => r.speaker.name)).toEqual(["chen", "bruno"]);
    expect(closed).toMatchObject([{ status: "withdrawn", endedAt: at(180) }]);
  });

  it("lets the chair reorder and, with alternation on, alternates from the last speaker's gender", () => {
    const base = run([ask("amina"), ask("beatriz"), ask("carlos", "man"), ask("dario", "man"), ask("eve", "undisclosed")]).list;
    const reordered = applySpeakersCommand(
      base,
      { type: "reorder", order: ["dario", "carlos", "beatriz", "amina", "eve"].map(rid) },
      at(1),
    ).list;
    expect(callingOrder(reordered).map((r) => r.speaker.name)).toEqual(["dario", "carlos", "beatriz", "amina", "eve"]);
    const alternating = applySpeakersCommand(reordered, { type: "set_alternation", on: true }, at(2)).list;
    expect(callingOrder(alternating).map((r) => r.speaker.name)).toEqual(["dario", "beatriz", "carlos", "amina", "eve"]);
    const afterDario = applySpeakersCommand(alternating, { type: "call_next" }, at(3)).list;
    expect(afterDario.lastSpeakerGender).toBe("man");
    expect(callingOrder(afterDario).map((r) => r.speaker.name)).toEqual(["beatriz", "carlos", "amina", "eve"]);
  });

  it("refuses a time limit out of range", () => {
    expect(() => applySpeakersCommand(EMPTY_SPEAKERS_LIST, { type: "set_time_limit", seconds: 0 }, T0)).toThrow(/whole number of seconds/);
    expect(applySpeakersCommand(EMPTY_SPEAKERS_LIST, { type: "set_time_limit", seconds: null }, T0).list.timeLimitSeconds).toBeNull();
  });
});
