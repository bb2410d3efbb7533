import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asId, type AccountId, type DiscussionGroupId } from "../ids.js";
import { applyVote, CHOICES, openVote, VOTE_TRANSITIONS, voteView, type Vote, type VoteStatus, type VoteTransition } from "./vote.js";

const G1 = asId<DiscussionGroupId>("g1");
const A = asId<AccountId>("a");
const B = asId<AccountId>("b");
const Z = asId<AccountId>("z");
const electronic = () => openVote("v1", "recommendation:r1", G1, "electronic");
const closedVote = (): Vote => applyVote(applyVote(electronic(), { type: "cast", voter: A, choice: "yes" }), { type: "close" });
const STEPS: VoteTransition[] = [
  { type: "cast", voter: Z, choice: "no" },
  { type: "close" },
  { type: "reopen", reason: "the count was disputed" },
];
const EXPECTED: Record<string, VoteStatus> = { "open/cast": "open", "open/close": "closed", "closed/reopen": "open" };

describe("vote transition table", () => {
  const at: Record<VoteStatus, () => Vote> = { open: electronic, closed: closedVote };
  for (const status of ["open", "closed"] as const) {
    for (const step of STEPS) {
      const key = `${status}/${step.type}`;
      const to = EXPECTED[key];
      it(`${key} → ${to ?? "invalid_transition"}`, () => {
        if (to) expect(applyVote(at[status](), step).status).toBe(to);
        else
          expect(() => applyVote(at[status](), step)).toThrowError(
            expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
          );
      });
    }
  }

  it("lists exactly the expected transitions", () => {
    const listed = Object.entries(VOTE_TRANSITIONS).flatMap(([from, row]) => Object.entries(row).map(([t, to]) => [`${from}/${t}`, to]));
    expect(Object.fromEntries(listed)).toEqual(EXPECTED);
  });
});

describe("votes", () => {
  it("counts a repeated ballot once and refuses a second, different one", () => {
    let v = applyVote(electronic(), { type: "cast", voter: A, choice: "yes" });
    const again = applyVote(v, { type: "cast", voter: A, choice: "yes" });
    expect(again).toBe(v);
    expect(() => applyVote(v, { type: "cast", voter: A, choice: "no" })).toThrowError(
      expect.objectContaining({ code: "conflict" }) as unknown as Error,
    );
    v = applyVote(v, { type: "close" });
    expect(v.counts).toEqual({ for: 1, against: 0, abstain: 0 });
  });

  it("shows no result while open, only how many voted and one's own ballot", () => {
    const v = applyVote(electronic(), { type: "cast", voter: A, choice: "no" });
    expect(voteView(v, A)).toMatchObject({ counts: null, ballotsCast: 1, myChoice: "no" });
    expect(voteView(v, B).myChoice).toBeNull();
    expect(voteView(applyVote(v, { type: "close" }), B).counts).toEqual({ for: 0, against: 1, abstain: 0 });
  });

  it("closes a show of hands only with the chair's counts, and takes no ballots", () => {
    const v = openVote("v2", "s", G1, "show_of_hands");
    expect(() => applyVote(v, { type: "close" })).toThrowError(expect.objectContaining({ code: "validation_failed" }) as unknown as Error);
    expect(() => applyVote(v, { type: "cast", voter: A, choice: "yes" })).toThrowError(
      expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
    );
    expect(() => applyVote(v, { type: "close", counts: { for: -2, against: 0, abstain: 0 } })).toThrow();
    expect(applyVote(v, { type: "close", counts: { for: 14, against: 2, abstain: 3 } }).counts).toEqual({
      for: 14,
      against: 2,
      abstain: 3,
    });
  });

  it("keeps the closed round when reopened, with its reason, and starts a new round", () => {
    const v = applyVote(closedVote(), { type: "reopen", reason: "a member could not vote" });
    expect(v).toMatchObject({ status: "open", round: 2, ballots: {}, counts: null });
    expect(v.history).toEqual([{ round: 1, counts: { for: 1, against: 0, abstain: 0 }, reopenedBecause: "a member could not vote" }]);
    expect(() => applyVote(closedVote(), { type: "reopen", reason: " " })).toThrow();
  });
});

const voter = fc.constantFrom("a", "b", "c", "d", "e").map((id) => asId<AccountId>(id));
const choice = fc.constantFrom(...CHOICES);
const cast = fc.record({ type: fc.constant("cast" as const), voter, choice });
const step = fc.oneof(cast, fc.constant({ type: "close" as const }), fc.constant({ type: "reopen" as const, reason: "recount" }));

const tryApply = (v: Vote, s: VoteTransition): Vote => {
  try {
    return applyVote(v, s);
  } catch {
    return v;
  }
};

describe("vote properties", () => {
  it("counts add up: for + against + abstain is the number of members who voted, each counted with their first choice", () => {
    fc.assert(
      fc.property(fc.array(cast, { maxLength: 40 }), (casts) => {
        const closed = applyVote(casts.reduce(tryApply, electronic()), { type: "close" });
        const first = new Map<string, string>();
        for (const c of casts) if (!first.has(c.voter)) first.set(c.voter, c.choice);
        const counts = closed.counts!;
        expect(counts.for + counts.against + counts.abstain).toBe(first.size);
        expect(counts.for).toBe([...first.values()].filter((c) => c === "yes").length);
        expect(counts.against).toBe([...first.values()].filter((c) => c === "no").length);
      }),
    );
  });

  it("no result changes after closing, whatever is tried, except by a recorded reopening", () => {
    fc.assert(
      fc.property(fc.array(cast, { maxLength: 20 }), fc.array(step, { maxLength: 30 }), (before, after) => {
        let v = applyVote(before.reduce(tryApply, electronic()), { type: "close" });
        for (const s of after) {
          const next = tryApply(v, s);
          if (v.status === "closed" && s.type !== "reopen") expect(next).toBe(v);
          if (next.status === "open" && v.status === "closed") expect(next.history.at(-1)?.counts).toEqual(v.counts);
          v = next;
        }
        const rounds = [...v.history.map((h) => h.counts), ...(v.counts ? [v.counts] : [])];
        for (const c of rounds) expect(c.for + c.against + c.abstain).toBeLessThanOrEqual(5);
      }),
    );
  });
});
