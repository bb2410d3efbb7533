import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../language.js";
import { normalizeArabic, readOpening, RULES } from "./openings.js";

const TAIL: Record<Language, { preambular: string; operative: string }> = {
  en: { preambular: " the importance of education,", operative: " parliaments to act;" },
  fr: { preambular: " l'importance de l'éducation,", operative: " aux parlements d'agir ;" },
  es: { preambular: " la importancia de la educación,", operative: " a los parlamentos a actuar;" },
  ar: { preambular: " أهمية التعليم،", operative: " البرلمانات إلى العمل؛" },
};

const capitalized = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

describe("opening words, every entry of every language", () => {
  for (const language of LANGUAGES) {
    for (const kind of ["preambular", "operative"] as const) {
      it.each(RULES[language][kind].map((entry) => [entry]))(`${language} ${kind}: %s`, (entry) => {
        const verdict = readOpening(`${capitalized(entry)}${TAIL[language][kind]}`, language);
        expect(verdict?.kind).toBe(kind);
        expect(verdict?.language).toBe(language);
      });
    }
  }
});

describe("opening words in their variants", () => {
  it.each([
    ["لمّا كان الأطفال أكثر عرضة،", "preambular"],
    ["ولمّـا كانت الفتيات أكثر الضحايا،", "preambular"],
    ["ولما كانت الفتيات أكثر الضحايا،", "preambular"],
    ["وإذ تضع في اعتبارها اتفاقية حقوق الطفل،", "preambular"],
    ["واذ تشير إلى قرارها،", "preambular"],
    ["وقد نظرت في التقرير،", "preambular"],
    ["وإدراكاً منها لأهمية التشريعات،", "preambular"],
    ["تحيط علماً بتقرير الأمين العام؛", "operative"],
    ["وتدعو الحكومات إلى العمل؛", "operative"],
    ["كما تحث الحكومات على العمل؛", "operative"],
  ] as const)("ar: %s → %s", (text, kind) => {
    expect(readOpening(text, "ar")?.kind).toBe(kind);
  });

  it.each([
    ["Also urges governments to act;", "en", "operative"],
    ["Noting further with deep concern the rise of abuse,", "en", "preambular"],
    ["En outre, demande aux États d'agir ;", "fr", "operative"],
    ["Gardant à l'esprit la Charte,", "fr", "preambular"],
    ["Asimismo, insta a los Estados;", "es", "operative"],
  ] as const)("%s (%s) → %s", (text, language, kind) => {
    expect(readOpening(text, language)?.kind).toBe(kind);
  });

  it("reads Latin-script openings in an Arabic draft in English, French or Spanish", () => {
    expect(readOpening("Recalling the Charter,", "ar")).toMatchObject({ kind: "preambular", language: "en" });
  });

  it("normalizes diacritics, tatweel and alif forms", () => {
    expect(normalizeArabic("إِدْرَاكـاً آمنة أمل")).toBe("ادراكا امنة امل");
  });

  it("says nothing about a line with no opening word", () => {
    expect(readOpening("For democracy. For everyone.", "en")).toBeNull();
    expect(readOpening("Inter-Parliamentary Union", "en")).toBeNull();
  });
});
