import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/language.js";
import { amendment, draftOf, pid } from "../../domain/text/test-factories.js";
import type { StoredAmendment } from "../../store/amendments/rows.js";
import { amendmentEntries } from "./amendment-entries.js";

const draft = draftOf([["operative", "Calls upon parliaments to act;"]]);
const stored = (paper: boolean, number: number): StoredAmendment => ({
  amendment: amendment(`A${number}`, {
    action: "amend",
    target: pid("p1"),
    text: "Calls upon parliaments to act now;",
    author: "Delegation of Atlantis",
    ...(paper ? { paper } : {}),
  }),
  draftId: "d",
  number,
  createdBy: null,
  createdAt: "2021-11-26T10:00:00.000Z",
  version: 1,
});

describe("the author line of an amendment", () => {
  it.each<[Language, string]>([
    ["en", "entered by the secretariat from a paper amendment"],
    ["fr", "saisi par le secrétariat"],
    ["es", "introducida por la secretaría"],
    ["ar", "أدخلته الأمانة"],
  ])("in %s: says a paper amendment was entered by the secretariat, and only then", (language, note) => {
    const [typed, chosen] = amendmentEntries(draft, [stored(true, 1), stored(false, 2)], language).map((e) =>
      e.author.map((r) => r.text).join(""),
    );
    expect(typed).toMatch(new RegExp(`^\\(Delegation of Atlantis\\) \\(${note}[^()]*\\)$`));
    expect(chosen).toBe("(Delegation of Atlantis)");
  });
});
