import { describe, expect, it } from "vitest";
import { afterEditIn, inLanguage, multilingual, originalOnly } from "./multilingual.js";

describe("multilingual texts", () => {
  const text = multilingual("en", { en: "Hall Madrid", ar: "قاعة مدريد" });

  it("gives a language version with its status", () => {
    expect(inLanguage(text, "ar")).toEqual({ language: "ar", text: "قاعة مدريد", status: "final", original: false });
  });

  it("never falls back when a translation is missing", () => {
    expect(inLanguage(text, "fr")).toEqual({ language: "fr", text: null, status: "missing", original: false });
  });

  it("marks the other languages as draft after an edit in one", () => {
    const edited = afterEditIn(text, "ar", "قاعة روما");
    expect(edited.original).toBe("ar");
    expect(edited.versions.ar).toEqual({ text: "قاعة روما", status: "final" });
    expect(edited.versions.en?.status).toBe("draft");
  });

  it("drops translations of an earlier wording so they show as missing", () => {
    const revised = originalOnly(afterEditIn(text, "en", "Hall Roma"));
    expect(inLanguage(revised, "en").text).toBe("Hall Roma");
    expect(inLanguage(revised, "ar").status).toBe("missing");
  });
});
