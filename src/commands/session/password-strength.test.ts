import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-strength.js";

describe("a new password", () => {
  it("is refused when short, blank, common, a keyboard pattern, or built from the person's own name", async () => {
    const personal = ["amina.benali@example.org", "Amina Benali"];
    const reasons = await Promise.all(
      ["short pass", "            ", "password1234", "qwertyuiopasdfgh", "aaaaaaaaaaaaaaaa", "aminabenali1984"].map((p) =>
        passwordWeakness(p, personal),
      ),
    );
    expect(reasons).toEqual(["too_short", "pattern", "common", "common", "pattern", "personal"]);
  });

  it("is accepted when long and hard to guess, in any script", async () => {
    const reasons = await Promise.all(
      ["correct horse battery staple", "ولا سيما الفتيات في البرلمان", "Madrid 2021 Forum!"].map((p) =>
        passwordWeakness(p, ["amina@example.org"]),
      ),
    );
    expect(reasons).toEqual([null, null, null]);
  });
});
