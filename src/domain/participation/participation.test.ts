import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asId, type AccountId } from "../ids.js";
import type { Gender } from "../model.js";
import { ageBandAt, bandOfDeclared } from "./age-band.js";
import { csvField, participationCsv, PARTICIPATION_CSV_HEADER } from "./csv.js";
import { participationFigures, type PersonFacts } from "./figures.js";
import { GENDERS } from "../model.js";

const person = (accountId: string, gender: Gender, birthYear: number | null = null, ageBand: string | null = null): PersonFacts => ({
  accountId: asId<AccountId>(accountId),
  gender,
  birthYear,
  ageBand,
});

describe("age bands", () => {
  it("counts under 45 at the sitting's year as young, from the birth year first", () => {
    expect(ageBandAt({ birthYear: 1977, ageBand: null }, "2021-11-26")).toBe("under-45");
    expect(ageBandAt({ birthYear: 1976, ageBand: null }, "2021-11-26")).toBe("45-and-over");
    expect(ageBandAt({ birthYear: 1990, ageBand: "60+" }, "2021-11-26")).toBe("under-45");
    expect(ageBandAt({ birthYear: 2030, ageBand: null }, "2021-11-26")).toBe("unknown");
    expect(ageBandAt({ birthYear: null, ageBand: null }, "2021-11-26")).toBe("unknown");
  });

  it.each([
    ["under-45", "under-45"],
    ["45-and-over", "45-and-over"],
    ["30-44", "under-45"],
    ["45–59", "45-and-over"],
    ["40-49", "unknown"],
    ["60+", "45-and-over"],
    ["45 and over", "45-and-over"],
    ["over 44", "45-and-over"],
    ["over 30", "unknown"],
    ["under 30", "under-45"],
    ["<45", "under-45"],
    ["young", "unknown"],
  ])("reads the declared band %s as %s", (declared, band) => {
    expect(bandOfDeclared(declared)).toBe(band);
  });
});

describe("participation figures", () => {
  it("compares who spoke, and for how long, with the membership", () => {
    const amina = person("a", "woman", 1980);
    const bruno = person("b", "man", 1960);
    const chen = person("c", "undisclosed", null, "30-44");
    const f = participationFigures(
      [amina, bruno, chen, person("d", "woman")],
      [
        { person: amina, seconds: 120 },
        { person: amina, seconds: 60 },
        { person: bruno, seconds: 300 },
      ],
      "2021-11-26",
    );
    expect(f).toMatchObject({ members: 4, speakers: 2, turns: 3, speakingSeconds: 480 });
    expect(f.byGender.find((r) => r.category === "woman")).toEqual({
      category: "woman",
      members: 2,
      memberShare: 0.5,
      present: 0,
      speakers: 1,
      turns: 2,
      speakingSeconds: 180,
      speakingShare: 180 / 480,
    });
    expect(f.byAge.map((r) => [r.category, r.members, r.speakingSeconds])).toEqual([
      ["under-45", 2, 180],
      ["45-and-over", 1, 300],
      ["unknown", 1, 0],
    ]);
  });

  it("gives zero shares, not NaN, when nobody is a member or spoke", () => {
    const f = participationFigures([], [], "2021-11-26");
    expect(f.byGender.every((r) => r.memberShare === 0 && r.speakingShare === 0)).toBe(true);
  });

  it("adds up: categories sum to the totals in both dimensions", () => {
    const facts = fc.record({
      accountId: fc.constantFrom("a", "b", "c", "d", "e", "f").map((id) => asId<AccountId>(id)),
      gender: fc.constantFrom(...GENDERS),
      birthYear: fc.option(fc.integer({ min: 1900, max: 2040 })),
      ageBand: fc.option(fc.constantFrom("under-45", "45-59", "60+", "x")),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(facts, { selector: (p) => p.accountId }),
        fc.array(fc.record({ person: facts, seconds: fc.nat(3600) })),
        (members, turns) => {
          const f = participationFigures(members, turns, "2021-11-26");
          for (const rows of [f.byGender, f.byAge]) {
            const sum = (k: "members" | "speakers" | "turns" | "speakingSeconds") => rows.reduce((s, r) => s + r[k], 0);
            expect(sum("members")).toBe(f.members);
            expect(sum("speakers")).toBe(f.speakers);
            expect(sum("turns")).toBe(f.turns);
            expect(sum("speakingSeconds")).toBe(f.speakingSeconds);
            if (f.members) expect(rows.reduce((s, r) => s + r.memberShare, 0)).toBeCloseTo(1, 9);
            if (f.speakingSeconds) expect(rows.reduce((s, r) => s + r.speakingShare, 0)).toBeCloseTo(1, 9);
          }
          expect(f.speakers).toBe(new Set(turns.map((t) => t.person.accountId)).size);
        },
      ),
    );
  });
});

describe("participation CSV", () => {
  it("starts with the header and has one row per category plus totals", () => {
    const f = participationFigures([person("a", "woman", 1980)], [{ person: person("a", "woman", 1980), seconds: 90 }], "2021-11-26");
    const lines = participationCsv([{ scope: "Group 1, Hall Madrid", figures: f }])
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(PARTICIPATION_CSV_HEADER.join(","));
    expect(lines).toHaveLength(1 + 5 + 4);
    expect(lines[1]).toBe('"Group 1, Hall Madrid",gender,woman,1,1.0000,1,1,90,1.0000');
  });

  it("quotes and neutralises risky fields", () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe("-3");
  });
});
