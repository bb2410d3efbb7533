import { describe, expect, it } from "vitest";
import { asId, type DiscussionGroupId, type ParticipantId, type SittingId } from "../ids.js";
import { DESIGNATION_STATUSES, type Decision, type Designation, type DesignationId, type DesignationStatus } from "./designation.js";
import {
  checkDecision,
  checkRecommendation,
  DESIGNATION_TRANSITIONS,
  holderOf,
  holdsOffice,
  transitionDesignation,
  type DesignationTransition,
  type DesignationTransitionType,
} from "./workflow.js";

const decision: Decision = { date: "2021-11-26", sittingId: asId<SittingId>("s1"), method: { kind: "consensus" }, by: null };

const designation = (id: string, over: Partial<Designation> = {}): Designation => ({
  id: asId<DesignationId>(id),
  groupId: asId<DiscussionGroupId>("g1"),
  function: "chair",
  participantId: asId<ParticipantId>(`p-${id}`),
  status: "recommended",
  recommendation: { by: null, at: "2021-11-25T10:00:00.000Z", note: null },
  decision: null,
  replaces: null,
  replacedBy: null,
  withdrawal: null,
  ...over,
});

const ACTIONS: DesignationTransition[] = [
  { type: "designate", decision, replaces: null },
  { type: "replace", by: asId<DesignationId>("D2") },
  { type: "withdraw", at: "2021-11-26T12:00:00.000Z", reason: "stood down", actor: null },
];
const EXPECTED: Record<string, DesignationStatus> = {
  "recommended/designate": "designated",
  "recommended/withdraw": "withdrawn",
  "designated/replace": "replaced",
  "designated/withdraw": "withdrawn",
};

describe("designation transition table", () => {
  for (const status of DESIGNATION_STATUSES) {
    for (const action of ACTIONS) {
      const key = `${status}/${action.type}`;
      const to = EXPECTED[key];
      it(`${key} → ${to ?? "invalid_transition"}`, () => {
        const d = designation("D1", { status });
        if (to) expect(transitionDesignation(d, action).status).toBe(to);
        else
          expect(() => transitionDesignation(d, action)).toThrowError(
            expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
          );
      });
    }
  }

  it("lists exactly the expected transitions", () => {
    const listed = Object.entries(DESIGNATION_TRANSITIONS).flatMap(([from, row]) =>
      Object.entries(row).map(([t, to]) => [`${from}/${t as DesignationTransitionType}`, to]),
    );
    expect(Object.fromEntries(listed)).toEqual(EXPECTED);
  });

  it("records the decision, the replacement and the withdrawal", () => {
    const d = transitionDesignation(designation("D1"), { type: "designate", decision, replaces: asId<DesignationId>("D0") });
    expect(d).toMatchObject({ decision, replaces: "D0" });
    expect(holdsOffice(d)).toBe(true);
    const replaced = transitionDesignation(d, { type: "replace", by: asId<DesignationId>("D2") });
    expect(replaced.replacedBy).toBe("D2");
    expect(holdsOffice(replaced)).toBe(false);
    const gone = transitionDesignation(d, ACTIONS[2]!);
    expect(gone.withdrawal).toEqual({ at: "2021-11-26T12:00:00.000Z", reason: "stood down", by: null });
  });

  it("refuses a replacement by itself", () => {
    const d = designation("D1", { status: "designated" });
    expect(() => transitionDesignation(d, { type: "replace", by: d.id })).toThrowError(
      expect.objectContaining({ code: "validation_failed" }) as unknown as Error,
    );
  });
});

describe("decisions", () => {
  it("accepts consensus and a vote that carried", () => {
    expect(() => checkDecision(decision)).not.toThrow();
    expect(() => checkDecision({ ...decision, method: { kind: "show_of_hands", for: 20, against: 3, abstain: 2 } })).not.toThrow();
  });

  it("refuses a vote that did not carry and impossible counts", () => {
    const tie = { ...decision, method: { kind: "show_of_hands" as const, for: 5, against: 5, abstain: 0 } };
    expect(() => checkDecision(tie)).toThrow(/did not carry/);
    const negative = { ...decision, method: { kind: "roll_call" as const, for: 5, against: -1, abstain: 0 } };
    expect(() => checkDecision(negative)).toThrow(/whole numbers/);
    expect(() => transitionDesignation(designation("D1"), { type: "designate", decision: tie, replaces: null })).toThrow(/did not carry/);
  });
});

describe("rules across one group's designations", () => {
  const person = asId<ParticipantId>("p-x");
  it("allows one open recommendation per office", () => {
    const open = designation("D1");
    expect(() => checkRecommendation([open], { groupId: open.groupId, function: "chair", participantId: person })).toThrow(/already open/);
    expect(() => checkRecommendation([open], { groupId: open.groupId, function: "rapporteur", participantId: person })).not.toThrow();
    const elsewhere = { groupId: asId<DiscussionGroupId>("g2"), function: "chair" as const, participantId: person };
    expect(() => checkRecommendation([open], elsewhere)).not.toThrow();
  });

  it("refuses the same person twice in one office, or in both offices of one group", () => {
    const held = designation("D1", { status: "designated", participantId: person });
    expect(() => checkRecommendation([held], { groupId: held.groupId, function: "chair", participantId: person })).toThrow(
      /already the designated chair/,
    );
    expect(() => checkRecommendation([held], { groupId: held.groupId, function: "rapporteur", participantId: person })).toThrow(/as chair/);
    const former = designation("D0", { status: "replaced", participantId: person });
    expect(() => checkRecommendation([former], { groupId: held.groupId, function: "rapporteur", participantId: person })).not.toThrow();
  });

  it("finds the holder a new designation replaces", () => {
    const held = designation("D1", { status: "designated" });
    const next = designation("D2");
    expect(holderOf([held, next], next)?.id).toBe("D1");
    expect(holderOf([held, next], { ...next, function: "rapporteur" })).toBeNull();
    expect(holderOf([designation("D3", { status: "withdrawn" })], next)).toBeNull();
  });
});
