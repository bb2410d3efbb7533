import { describe, expect, it } from "vitest";
import { asId, type AccountId, type GuidingQuestionId, type ParagraphId } from "../ids.js";
import { applySpeakersCommand, type SpeakersCommand, type SpeakersOutcome } from "./commands.js";
import { callingOrder } from "./order.js";
import { addOnBehalf, ask, rid, speaker } from "./test-factories.js";
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
  closed: run([ask("amina"), ask("bruno", "man"), { type: "close_list" }]).list,
};

const COMMANDS: Record<string, SpeakersCommand> = {
  "request_floor (amina)": ask("amina"),
  "request_floor (chen)": ask("chen", "other"),
  "point_of_order (amina)": ask("amina", "woman", "point_of_order"),
  "reply (bruno to amina)": ask("bruno", "man", "reply", false, rid("amina")),
  "add_speaker (chen)": addOnBehalf("chen", "other"),
  "withdraw (amina)": { type: "withdraw", requestId: rid("amina") },
  "skip (amina)": { type: "skip", requestId: rid("amina") },
  "mark_spoken (amina)": { type: "mark_spoken", requestId: rid("amina") },
  close_list: { type: "close_list" },
  reopen_list: { type: "reopen_list" },
  set_delegation_quota: { type: "set_delegation_quota", seconds: 600, reset: false },
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
  "closed/request_floor (amina)": "conflict",
  "closed/request_floor (chen)": "invalid_transition",
  "empty/reply (bruno to amina)": "invalid_transition",
  "waiting/reply (bruno to amina)": "invalid_transition",
  "closed/reply (bruno to amina)": "invalid_transition",
  "empty/skip (amina)": "invalid_transition",
  "empty/mark_spoken (amina)": "invalid_transition",
  "speaking/mark_spoken (amina)": "invalid_transition",
  "speaking and waiting/mark_spoken (amina)": "invalid_transition",
  "closed/close_list": "invalid_transition",
  "empty/reopen_list": "invalid_transition",
  "waiting/reopen_list": "invalid_transition",
  "speaking/reopen_list": "invalid_transition",
  "speaking and waiting/reopen_list": "invalid_transition",
  "empty/withdraw (amina)": "invalid_transition",
  "speaking/withdraw (amina)": "invalid_transition",
  "speaking and waiting/withdraw (amina)": "invalid_transition",
  "empty/call_next": "invalid_transition",
  "speaking/call_next": "invalid_transition",
  "empty/end_turn": "invalid_transition",
  "waiting/end_turn": "invalid_transition",
  "closed/end_turn": "invalid_transition",
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
      { type: "reorder", order: ["dario", "carlos", "beatriz", "amina", "eve"].map((n) => rid(n)) },
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

const names = (list: SpeakersList) => callingOrder(list).map((r) => `${r.speaker.name}${r.kind === "floor" ? "" : ` (${r.kind})`}`);

describe("the speakers-list operator", () => {
  it("lets a delegate already waiting raise a point of order, called before everyone", () => {
    const { list } = run([ask("amina"), ask("bruno", "man"), ask("bruno", "man", "point_of_order")]);
    expect(names(list)).toEqual(["bruno (point_of_order)", "amina", "bruno"]);
    expect(() => applySpeakersCommand(list, ask("bruno", "man", "point_of_order"), at(9))).toThrowError(
      expect.objectContaining({ code: "conflict" }) as unknown as Error,
    );
  });

  it("closes the list to new interventions, still takes the chair's additions and points of order, and reopens", () => {
    const { list } = run([ask("amina"), { type: "close_list" }]);
    expect(list.closed).toBe(true);
    expect(() => applySpeakersCommand(list, ask("bruno", "man"), at(9))).toThrow(/speakers list is closed/);
    const added = run([addOnBehalf("bruno", "man", "floor", true), ask("chen", "other", "point_of_order")], list).list;
    expect(names(added)).toEqual(["chen (point_of_order)", "amina", "bruno"]);
    expect(added.queue.find((r) => r.speaker.name === "bruno")).toMatchObject({ addedBy: "chair", remote: true });
    expect(run([{ type: "reopen_list" }, ask("dario", "man")], added).list.queue).toHaveLength(4);
  });

  it("moves a speaker not present to the end once, and lets them go as absent the second time", () => {
    const once = run([ask("amina"), ask("bruno", "man"), ask("chen", "other"), { type: "skip", requestId: rid("amina") }]);
    expect(names(once.list)).toEqual(["bruno", "chen", "amina"]);
    expect(once.list.queue.at(-1)?.skipped).toBe(true);
    const called = run([{ type: "call_next" }, { type: "call_next" }, { type: "call_next" }], once.list);
    expect(called.list.speaking?.speaker.name).toBe("amina");
    const twice = run([{ type: "skip", requestId: rid("amina") }], called.list);
    expect(twice.list.speaking).toBeNull();
    expect(twice.closed).toMatchObject([{ speaker: { name: "amina" }, status: "absent" }]);
  });

  it("puts a speaker called but not in the room back at the end of the list", () => {
    const { list } = run([ask("amina"), ask("bruno", "man"), { type: "call_next" }, { type: "skip", requestId: rid("amina") }]);
    expect(list.speaking).toBeNull();
    expect(list.queue.map((r) => [r.speaker.name, r.status, r.startedAt])).toEqual([
      ["bruno", "waiting", null],
      ["amina", "waiting", null],
    ]);
  });

  it("marks a waiting speaker as spoken, and re-adds a finished speaker to the end", () => {
    const marked = run([ask("amina"), ask("bruno", "man"), { type: "mark_spoken", requestId: rid("bruno") }]);
    expect(marked.closed).toMatchObject([{ speaker: { name: "bruno" }, status: "spoke", startedAt: at(120), endedAt: at(120) }]);
    const turn = marked.closed[0]!;
    const readded = run([{ type: "readd", id: rid("bruno-again"), turn, addedBy: asId<AccountId>("chair") }], marked.list);
    expect(names(readded.list)).toEqual(["amina", "bruno"]);
    expect(readded.list.queue[1]).toMatchObject({ id: "r-bruno-again", status: "waiting", addedBy: "chair" });
    const waiting = readded.list.queue[1]!;
    expect(() =>
      applySpeakersCommand(readded.list, { type: "readd", id: rid("x"), turn: waiting, addedBy: asId<AccountId>("chair") }, at(9)),
    ).toThrowError(expect.objectContaining({ code: "invalid_transition" }) as unknown as Error);
  });

  it("takes rights of reply to the turn being given or just finished, before the next intervention", () => {
    const { list, closed } = run([
      ask("amina"),
      ask("chen", "other"),
      { type: "call_next" },
      ask("bruno", "man", "reply", true, rid("amina")),
      { type: "end_turn" },
      ask("dario", "man", "reply", false, rid("amina")),
    ]);
    expect(names(list)).toEqual(["bruno (reply)", "dario (reply)", "chen"]);
    expect(callingOrder(list)[0]).toMatchObject({ remote: true, replyTo: { requestId: "r-amina", name: "amina" } });
    expect(closed.map((r) => r.speaker.name)).toEqual(["amina"]);
    expect(() => applySpeakersCommand(list, ask("amina", "woman", "reply", false, rid("amina")), at(9))).toThrow(/own turn/);
    expect(() => applySpeakersCommand(list, ask("eve", "woman", "reply", false, rid("chen")), at(9))).toThrowError(
      expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
    );
    const replied = run([{ type: "call_next" }, { type: "end_turn" }], list);
    expect(replied.closed[0]).toMatchObject({ kind: "reply", status: "spoke", replyTo: { name: "amina" } });
  });

  it("counts each delegation's time against its quota, shortens its turns to what is left, and refuses it once spent", () => {
    const spain = (name: string) => ({ ...ask(name), speaker: speaker(name, "woman", { parliament: "Spain" }) });
    const { list } = run([
      { type: "set_delegation_quota", seconds: 90, reset: false },
      spain("amina"),
      spain("beatriz"),
      { type: "call_next" },
      { type: "call_next" },
    ]);
    // amina spoke 60 s; beatriz (same delegation) has 30 s left.
    expect(list.usedSeconds).toEqual({ Spain: 60 });
    expect(list.speaking).toMatchObject({ speaker: { name: "beatriz" }, timeLimitSeconds: 30 });
    const spent = applySpeakersCommand(list, { type: "end_turn" }, at(300)).list;
    expect(spent.usedSeconds).toEqual({ Spain: 120 });
    expect(() => applySpeakersCommand(spent, spain("carmen"), at(9))).toThrow(/Spain has used all its speaking time/);
    expect(run([ask("carmen", "woman", "point_of_order")], spent).list.queue).toHaveLength(1);
    const reset = run([{ type: "set_delegation_quota", seconds: 90, reset: true }, spain("carmen")], spent).list;
    expect([reset.usedSeconds, reset.queue.length]).toEqual([{}, 1]);
    expect(() => applySpeakersCommand(EMPTY_SPEAKERS_LIST, { type: "set_delegation_quota", seconds: 0, reset: false }, T0)).toThrow(
      /whole number of seconds/,
    );
  });
});
