import { describe, expect, it } from "vitest";
import { classifyParagraph, structureDraft } from "./structure.js";

const kind = (text: string, lang: "en" | "fr" | "es" | "ar", numbered = false) => classifyParagraph(text, lang, numbered, null).kind;

describe("classifyParagraph", () => {
  it.each([
    ["Recalling the Universal Declaration of Human Rights,", "en", "preambular"],
    ["Deeply concerned by the rise of online abuse,", "en", "preambular"],
    ["Whereas girls are disproportionately affected,", "en", "preambular"],
    ["Calls upon parliaments to legislate;", "en", "operative"],
    ["Also urges governments to act;", "en", "operative"],
    ["Rappelant la Convention relative aux droits de l'enfant,", "fr", "preambular"],
    ["Profondément préoccupée par la hausse des abus,", "fr", "preambular"],
    ["Demande aux parlements d'adopter des lois;", "fr", "operative"],
    ["Recordando la Convención sobre los Derechos del Niño,", "es", "preambular"],
    ["Profundamente preocupada por el aumento de los abusos,", "es", "preambular"],
    ["Insta a los parlamentos a legislar;", "es", "operative"],
    ["إذ تشير إلى اتفاقية حقوق الطفل،", "ar", "preambular"],
    ["وإذ تدرك خطورة الاستغلال الجنسي للأطفال عبر الإنترنت،", "ar", "preambular"],
    ["وإدراكاً منها لأهمية التشريعات،", "ar", "preambular"],
    ["تدعو البرلمانات إلى اعتماد تشريعات؛", "ar", "operative"],
    ["تحث الحكومات على حماية الضحايا؛", "ar", "operative"],
  ] as const)("%s → %s", (text, lang, expected) => {
    expect(kind(text, lang)).toBe(expected);
  });

  it("gives the reason for its decision", () => {
    expect(classifyParagraph("Urges governments to act;", "en", false, null).reason).toMatch(/opens with "urges".*operative/);
    expect(classifyParagraph("The parliaments", "en", true, null).reason).toMatch(/numbered/);
    expect(classifyParagraph("The parliaments,", "en", false, null)).toEqual({
      kind: "preambular",
      reason: "ends with a comma (preambular)",
      because: [{ code: "ends_with", params: { mark: ",", kind: "preambular" } }],
    });
  });
});

describe("structureDraft", () => {
  it("finds the title, the enacting formula, paragraphs and Arabic sub-paragraphs", () => {
    const lines = [
      "التشريعات لمكافحة الاستغلال الجنسي للأطفال عبر الإنترنت",
      "إن الجمعية العامة الـ 143 للاتحاد البرلماني الدولي،",
      "إذ تشير إلى اتفاقية حقوق الطفل،",
      "1- تحث الحكومات على ما يلي:",
      "(أ) تجريم الاستدراج عبر الإنترنت؛",
      "(ب) حماية خصوصية الضحايا؛",
      "2- تدعو البرلمانات إلى اعتماد تشريعات؛",
    ];
    const result = structureDraft(
      lines.map((text, i) => ({ text, where: `line ${i + 1}` })),
      "ar",
    );
    expect(result.decisions.map((d) => d.role)).toEqual([
      "title",
      "preface",
      "preambular",
      "operative",
      "sub-paragraph",
      "sub-paragraph",
      "operative",
    ]);
    expect(result.draft.paragraphs[1]?.subParagraphs.map((s) => s.text.versions.ar?.text)).toEqual([
      "تجريم الاستدراج عبر الإنترنت؛",
      "حماية خصوصية الضحايا؛",
    ]);
    expect(result.draft.paragraphs[2]?.text.versions.ar?.text).toBe("تدعو البرلمانات إلى اعتماد تشريعات؛");
  });

  it("takes a preambular-looking paragraph after operative ones as operative, and says so", () => {
    const result = structureDraft(
      [
        { text: "Calls upon parliaments;", where: "line 1" },
        { text: "Recalling that,", where: "line 2" },
      ],
      "en",
    );
    expect(result.draft.paragraphs.map((p) => p.kind)).toEqual(["operative", "operative"]);
    expect(result.decisions[1]?.reason).toMatch(/follows an operative paragraph/);
  });
});
