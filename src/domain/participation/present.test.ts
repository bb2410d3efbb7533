import { describe, expect, it } from "vitest";
import { asId, type AccountId } from "../ids.js";
import { participationFigures, type PersonFacts } from "./figures.js";

const person = (accountId: string, gender: PersonFacts["gender"], birthYear: number | null): PersonFacts => ({
  accountId: asId<AccountId>(accountId),
  gender,
  birthYear,
  ageBand: null,
});

describe("participation figures: who was present beside who spoke", () => {
  it("counts the members present by gender and by age band, whether or not they spoke", () => {
    const amina = person("a", "woman", 1990);
    const bruno = person("b", "man", 1960);
    const carmen = person("c", "woman", 1970);
    const f = participationFigures(
      [amina, bruno, carmen],
      [{ person: bruno, seconds: 60 }],
      "2021-11-26",
      new Set(["a", "c", "x"].map((id) => asId<AccountId>(id))),
    );
    expect(f).toMatchObject({ members: 3, present: 2, speakers: 1 });
    expect(f.byGender.map((r) => [r.category, r.present, r.speakers])).toEqual([
      ["woman", 2, 0],
      ["man", 0, 1],
      ["other", 0, 0],
      ["undisclosed", 0, 0],
    ]);
    expect(f.byAge.reduce((s, r) => s + r.present, 0)).toBe(2);
  });

  it("counts nobody present where no attendance was taken", () => {
    expect(participationFigures([person("a", "man", null)], [], "2021-11-26").present).toBe(0);
  });
});
