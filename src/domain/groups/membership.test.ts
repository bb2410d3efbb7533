import { describe, expect, it } from "vitest";
import { asId, type DiscussionGroupId } from "../ids.js";
import { planJoin, planLeave, type GroupRole } from "./membership.js";

const G1 = asId<DiscussionGroupId>("g1");
const G2 = asId<DiscussionGroupId>("g2");
const g1 = { id: G1, number: 1, capacity: 3, members: 1 };
const asParticipant = (groupId: DiscussionGroupId, groupNumber: number): GroupRole => ({ groupId, groupNumber, role: "participant" });

describe("joining a discussion group", () => {
  it("joins a group with room, leaving the one the participant was in", () => {
    expect(planJoin({ target: g1, rolesInSitting: [] })).toEqual({ leave: null, join: "g1" });
    expect(planJoin({ target: g1, rolesInSitting: [asParticipant(G2, 2)] })).toEqual({
      leave: { groupId: G2, groupNumber: 2 },
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
    expect(code(() => planJoin({ target: g1, rolesInSitting: [asParticipant(G1, 1)] }))).toEqual([
      "conflict",
      "Already in group 1 (as participant)",
    ]);
    expect(code(() => planJoin({ target: g1, rolesInSitting: [{ groupId: G2, groupNumber: 2, role: "chair" }] }))).toEqual([
      "conflict",
      "The chair of group 2 stays with that group",
    ]);
  });

  it("lets a participant leave, but not a chair, nor someone who is not there", () => {
    expect(planLeave(G1, [asParticipant(G1, 1)])).toEqual({ groupId: G1 });
    expect(() => planLeave(G1, [{ groupId: G1, groupNumber: 1, role: "rapporteur" }])).toThrow(/designation/);
    expect(() => planLeave(G1, [asParticipant(G2, 2)])).toThrowError(
      expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
    );
  });
});
