import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/language.js";
import type { LanguageVersionView, ParagraphView } from "../drafts/types.js";
import { revisedLines } from "./revisedLines.js";

const versions = (en: string, fr: string | null) => ({
  text: {
    original: "en" as Language,
    versions: { en: { text: en, status: "final" as const }, ...(fr ? { fr: { text: fr, status: "final" as const } } : {}) },
  },
  languages: [
    { language: "en", text: en, status: "current", original: true },
    { language: "fr", text: fr, status: fr ? "current" : "missing", original: false },
  ] as LanguageVersionView[],
  revision: null,
});

const op4: ParagraphView = {
  id: "p4",
  label: "OP4",
  kind: "operative",
  version: 1,
  ...versions("Calls upon parliaments to:", "Demande aux parlements :"),
  subParagraphs: [
    { id: "s1", label: "OP4(a)", letter: "a", ...versions("review their laws;", "réexaminer leurs lois ;") },
    { id: "s2", label: "OP4(b)", letter: "b", ...versions("report on progress;", null) },
  ],
};

describe("the revised text as the committee reads it before adopting", () => {
  it("keeps every sub-paragraph of a paragraph, in order, with its letter", () => {
    const [line] = revisedLines([op4], "en");
    expect(line).toMatchObject({ label: "OP4", text: "Calls upon parliaments to:", untranslated: false });
    expect(line!.subParagraphs.map((s) => [s.letter, s.text])).toEqual([
      ["a", "review their laws;"],
      ["b", "report on progress;"],
    ]);
  });

  it("shows each line in the reader's language, or the original marked untranslated", () => {
    const [line] = revisedLines([op4], "fr");
    expect(line!.text).toBe("Demande aux parlements :");
    expect(line!.subParagraphs.map((s) => [s.language, s.untranslated])).toEqual([
      ["fr", false],
      ["en", true],
    ]);
  });
});
