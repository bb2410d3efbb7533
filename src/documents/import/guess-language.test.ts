import { describe, expect, it } from "vitest";
import { guessLanguage } from "./guess-language.js";

describe("the language of a draft, from its script and words", () => {
  it.each([
    ["Recalling the Convention on the Rights of the Child and its Optional Protocol,", "en"],
    ["Rappelant la Convention relative aux droits de l'enfant et son Protocole facultatif,", "fr"],
    ["Recordando la Convención sobre los Derechos del Niño y su Protocolo Facultativo,", "es"],
    ["إذ تشير إلى اتفاقية حقوق الطفل وبروتوكولها الاختياري، C-III/143/DR", "ar"],
  ] as const)("%s → %s", (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });
});
