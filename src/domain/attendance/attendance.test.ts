import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATTENDANCE_TRANSITIONS, nextPresence, PRESENCES, tally, type AttendanceStep, type Presence } from "./attendance.js";
import { checkProxy, effectiveProxies, type Proxy } from "./proxy.js";
import { checkQuorumRule, DEFAULT_QUORUM_RULE, enforceQuorum, quorumOf, required, type QuorumRule } from "./quorum.js";

const fails = (f: () => unknown, code: string) => expect(f).toThrowError(expect.objectContaining({ code }) as unknown as Error);

describe("attendance transition table", () => {
  const steps: AttendanceStep[] = [
    { type: "check_in", mode: "in_hall", method: "door_scan" },
    { type: "check_in", mode: "remote", method: "self_remote" },
    { type: "check_out" },
  ];
  for (const from of PRESENCES)
    for (const step of steps)
      it(`${from} / ${step.type}${step.type === "check_in" ? ` ${step.mode}` : ""}`, () => {
        if (!ATTENDANCE_TRANSITIONS[from][step.type]) return fails(() => nextPresence(from, step), "invalid_transition");
        const to = nextPresence(from, step);
        const expected = step.type === "check_out" ? "absent" : step.mode;
        expect(to).toBe(from === expected ? null : expected);
      });

  it("a door scan only puts someone in the hall, a remote joining only online", () => {
    fails(() => nextPresence("absent", { type: "check_in", mode: "remote", method: "door_scan" }), "validation_failed");
    fails(() => nextPresence("absent", { type: "check_in", mode: "in_hall", method: "self_remote" }), "validation_failed");
    expect(nextPresence("absent", { type: "check_in", mode: "remote", method: "secretariat" })).toBe("remote");
  });

  it("counts only members, each once", () => {
    const presence = new Map<string, Presence>([
      ["a", "in_hall"],
      ["b", "remote"],
      ["x", "in_hall"],
    ]);
    expect(tally(["a", "b", "c", "a"], presence)).toEqual({ members: 3, inHall: 1, remote: 1, absent: 1 });
  });
});

describe("quorum", () => {
  const rule = (over: Partial<QuorumRule> = {}): QuorumRule => ({ ...DEFAULT_QUORUM_RULE, ...over });

  it("a majority of 7 is 4, a third of 10 is 4, a count is itself", () => {
    expect(required({ kind: "majority" }, 7)).toBe(4);
    expect(required({ kind: "majority" }, 8)).toBe(5);
    expect(required({ kind: "fraction", numerator: 1, denominator: 3 }, 10)).toBe(4);
    expect(required({ kind: "count", members: 12 }, 40)).toBe(12);
  });

  it("remote members count only where the rule says so", () => {
    const t = { members: 5, inHall: 2, remote: 1, absent: 2 };
    expect(quorumOf(rule(), t, 0)).toMatchObject({ counted: 3, required: 3, met: true });
    expect(quorumOf(rule({ remoteCounts: false }), t, 0)).toMatchObject({ counted: 2, met: false });
  });

  it("proxies count toward quorum only when allowed and counted", () => {
    const t = { members: 5, inHall: 2, remote: 0, absent: 3 };
    expect(quorumOf(rule({ proxiesAllowed: true }), t, 1).met).toBe(false);
    expect(quorumOf(rule({ proxiesAllowed: true, proxiesCountForQuorum: true }), t, 1).met).toBe(true);
  });

  it("refuses a vote without quorum by a refusing rule, only warns otherwise", () => {
    const t = { members: 5, inHall: 1, remote: 0, absent: 4 };
    fails(() => enforceQuorum(quorumOf(rule({ whenMissing: "refuse" }), t, 0), "open"), "conflict");
    expect(enforceQuorum(quorumOf(rule(), t, 0), "open").met).toBe(false);
  });

  it("rejects a fraction above one and a count of zero", () => {
    fails(() => checkQuorumRule(rule({ minimum: { kind: "fraction", numerator: 3, denominator: 2 } })), "validation_failed");
    fails(() => checkQuorumRule(rule({ minimum: { kind: "count", members: 0 } })), "validation_failed");
  });

  const arbRule = fc.record({
    minimum: fc.oneof(
      fc.constant({ kind: "majority" as const }),
      fc
        .integer({ min: 1, max: 10 })
        .chain((d) => fc.integer({ min: 1, max: d }).map((n) => ({ kind: "fraction" as const, numerator: n, denominator: d }))),
      fc.integer({ min: 1, max: 50 }).map((m) => ({ kind: "count" as const, members: m })),
    ),
    remoteCounts: fc.boolean(),
    proxiesAllowed: fc.boolean(),
    proxiesPerHolder: fc.integer({ min: 0, max: 3 }),
    proxiesCountForQuorum: fc.boolean(),
    whenMissing: fc.constantFrom("refuse" as const, "warn" as const),
  });
  const arbTally = fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }))
    .map(([inHall, remote, absent]) => ({ members: inHall + remote + absent, inHall, remote, absent }));

  it("one more member in the hall never loses a quorum that was met", () => {
    fc.assert(
      fc.property(arbRule, arbTally, fc.nat(10), (r, t, proxies) => {
        fc.pre(t.absent > 0);
        const before = quorumOf(r, t, proxies);
        const after = quorumOf(r, { ...t, inHall: t.inHall + 1, absent: t.absent - 1 }, proxies);
        return !before.met || after.met;
      }),
    );
  });

  it("never counts more than the members, and a full hall always has quorum unless a count exceeds the members", () => {
    fc.assert(
      fc.property(arbRule, arbTally, fc.nat(10), (r, t, proxies) => {
        const q = quorumOf(r, t, proxies);
        expect(q.counted).toBeLessThanOrEqual(t.members);
        const full = quorumOf(r, { members: t.members, inHall: t.members, remote: 0, absent: 0 }, 0);
        if (t.members > 0 && (r.minimum.kind !== "count" || r.minimum.members <= t.members)) expect(full.met).toBe(true);
      }),
    );
  });
});

describe("proxies", () => {
  const allowed: QuorumRule = { ...DEFAULT_QUORUM_RULE, proxiesAllowed: true, proxiesPerHolder: 1 };

  it("are refused where the body allows none, to oneself, twice, in chains or beyond the holder's limit", () => {
    fails(() => checkProxy(DEFAULT_QUORUM_RULE, [], { giver: "a", holder: "b" }), "conflict");
    fails(() => checkProxy(allowed, [], { giver: "a", holder: "a" }), "validation_failed");
    const given: Proxy[] = [{ giver: "a", holder: "b" }];
    fails(() => checkProxy(allowed, given, { giver: "a", holder: "c" }), "conflict");
    fails(() => checkProxy(allowed, given, { giver: "b", holder: "c" }), "conflict");
    fails(() => checkProxy(allowed, given, { giver: "c", holder: "a" }), "conflict");
    fails(() => checkProxy(allowed, given, { giver: "c", holder: "b" }), "conflict");
    expect(() => checkProxy({ ...allowed, proxiesPerHolder: 2 }, given, { giver: "c", holder: "b" })).not.toThrow();
  });

  it("count only while the giver is absent and the holder present", () => {
    const proxies: Proxy[] = [
      { giver: "a", holder: "b" },
      { giver: "c", holder: "d" },
      { giver: "e", holder: "f" },
    ];
    const presence = new Map<string, Presence>([
      ["b", "in_hall"],
      ["c", "in_hall"],
      ["d", "in_hall"],
      ["f", "remote"],
    ]);
    expect(effectiveProxies(allowed, proxies, presence)).toEqual([proxies[0], proxies[2]]);
    expect(effectiveProxies({ ...allowed, remoteCounts: false }, proxies, presence)).toEqual([proxies[0]]);
  });
});
