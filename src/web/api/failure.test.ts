import i18next from "i18next";
import { describe, expect, it } from "vitest";
import ar from "../i18n/ar.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import { ApiError } from "./client.js";
import { failureInWords } from "./failure.js";

const i18n = i18next.createInstance();
await i18n.init({ lng: "en", resources: { en: { translation: en }, ar: { translation: ar } }, interpolation: { escapeValue: false } });

describe("a failed request, explained", () => {
  it("says in words that a request which never left the browser was not sent", async () => {
    const offline = new ApiError(0, "network", "Failed to fetch");
    expect(failureInWords(i18n.t, offline)).toBe("You are offline; your request was not sent.");
    await i18n.changeLanguage("ar");
    expect(failureInWords(i18n.t, offline)).not.toMatch(/Failed to fetch|[A-Za-z]/);
    await i18n.changeLanguage("en");
  });

  it("gives the server's reason for a refusal", () => {
    expect(failureInWords(i18n.t, new ApiError(409, "invalid_transition", "Amendment 3 is accepted; it cannot submit"))).toBe(
      "Amendment 3 is accepted; it cannot submit",
    );
  });
});
