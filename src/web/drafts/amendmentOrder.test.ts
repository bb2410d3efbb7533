import { describe, expect, it } from "vitest";
import { withSubAmendments } from "./amendmentOrder.js";

const a = (id: string, parent: string | null = null) => ({ id, parent });

describe("amendments of a place with their sub-amendments", () => {
  it("puts each sub-amendment right after the amendment it amends, wherever the list found it", () => {
    const all = [a("1"), a("2"), a("3", "1"), a("4", "2"), a("5", "1"), a("6")];
    expect(withSubAmendments([all[0]!, all[1]!], all).map((x) => x.id)).toEqual(["1", "3", "5", "2", "4"]);
  });

  it("does not show a sub-amendment of an amendment made elsewhere", () => {
    const all = [a("1"), a("2", "1"), a("3")];
    expect(withSubAmendments([all[2]!, all[1]!], all).map((x) => x.id)).toEqual(["3"]);
  });
});
