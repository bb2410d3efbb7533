import { describe, expect, it } from "vitest";
import { planJoin, planLeave, type GroupRole } from "./membership.js";

const g1 = { id: "g1", number: 1, capacity: 3, members: 1 };
const asParticipant = (groupId: string, groupNumber: number): GroupRole => ({ groupId, groupNumber, role: "participant" });

describe("joining a discussion group", () => {
  it("joins a group with room, leaving the one the participant was in", () => {
    expect(planJoin({ target: g1, rolesInSitting: [] })).toEqual({ leave: null, join: "g1" });
    expect(planJoin({ target: g1, rolesInSitting: [asParticipant("g2", 2)] })).toEqual({
      leave: { groupId: "g2", groupNumber: 2 },
      join: "g1",
    });
  });

  it("refuses a full room, a second join and a designated chair or rapporteur moving", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as { code: string }).code, (e as Error).message];
      }
      return null;
    };
    expect(code(() => planJoin({ target: { ...g1, members: 3 }, rolesInSitting: [] }))).toEqual([
      "conflict",
      "Group 1 is full: its room holds 3",
    ]);
    expect(code(() => planJoin({ target: g1, rolesInSitting: [asParticipant("g1", 1)] }))).toEqual([
      "conflict",
      "Already in group 1 (as participant)",
    ]);
    expect(code(() => planJoin({ target: g1, rolesInSitting: [{ groupId: "g2", groupNumber: 2, role: "chair" }] }))).toEqual([
      "conflict",
      "The chair of group 2 stays with that group",
    ]);
  });

  it("lets a participant leave, but not a chair, nor someone who is not there", () => {
    expect(planLeave("g1", [asParticipant("g1", 1)])).toEqual({ groupId: "g1" });
    expect(() => planLeave("g1", [{ groupId: "g1", groupNumber: 1, role: "rapporteur" }])).toThrow(/designation/);
    expect(() => planLeave("g1", [asParticipant("g2", 2)])).toThrowError(
      expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
    );
  });
});
