import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.js";
import ar from "../i18n/ar.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import es from "../i18n/es.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };
import { passwordRefusal } from "./passwordRefusal.js";

const REASONS = ["current_password", "too_short", "common", "pattern", "personal", "guessable"];

const refusalsIn = async (language: string) => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es }, ar: { translation: ar } },
  });
  return REASONS.map((reason) => passwordRefusal(new ApiError(400, "validation_failed", "refused", [], { reason }), i18n.t));
};

describe("a refused password", () => {
  it("is explained by its reason, one distinct message each, in every interface language", async () => {
    const english = await refusalsIn("en");
    expect(english).toEqual([
      en.password.wrongCurrent,
      "The password needs at least 12 characters.",
      en.password.weak.common,
      en.password.weak.pattern,
      en.password.weak.personal,
      en.password.weak.guessable,
    ]);
    for (const language of ["fr", "es", "ar"]) {
      const messages = await refusalsIn(language);
      expect(new Set(messages).size).toBe(REASONS.length);
      messages.forEach((m, i) => expect(m).not.toBe(english[i]));
    }
    expect((await refusalsIn("ar"))[2]).toBe(ar.password.weak.common);
  });

  it("falls back to the general refusal for an unknown reason, and to a failure for anything else", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "en", resources: { en: { translation: en } } });
    expect(passwordRefusal(new ApiError(400, "validation_failed", "x", [], { reason: "new" }), i18n.t)).toBe(en.password.rejected);
    expect(passwordRefusal(new Error("network"), i18n.t)).toBe(en.status.failed);
  });
});
