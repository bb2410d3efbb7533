import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../i18n/en.json" with { type: "json" };
import { voteResult } from "./format.js";

const t = i18next.createInstance();
await t.init({ lng: "en", resources: { en: { translation: en } }, interpolation: { escapeValue: false } });

describe("a closed vote's result", () => {
  it("names the method it was taken by", () => {
    const counts = { for: 11, against: 2, abstain: 1 };
    expect(voteResult(t.t, { kind: "electronic", counts })).toBe("electronic vote: 11 yes, 2 no, 1 abstentions");
    expect(voteResult(t.t, { kind: "show_of_hands", counts })).toBe("show of hands: 11 for, 2 against, 1 abstentions");
  });
});
