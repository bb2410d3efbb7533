import i18next from "i18next";
import { describe, expect, it } from "vitest";
import ar from "../i18n/ar.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import es from "../i18n/es.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };
import { numbersInDigits } from "../i18n/index.js";
import type { ErrorIssue } from "../../domain/errors.js";
import { ApiError } from "./client.js";
import { failureInWords, issuesInWords } from "./failure.js";

const i18n = i18next.createInstance();
await i18n.use(numbersInDigits).init({
  lng: "en",
  resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es }, ar: { translation: ar } },
  interpolation: { escapeValue: false, alwaysFormat: true },
});

/** Latin words left in a text once the values isolated inside it (U+2068 … U+2069) are taken out. */
const latinWords = (text: string): string[] => text.replace(/\u2068[^\u2069]*\u2069/g, "").match(/[A-Za-z]{2,}/g) ?? [];

const inLanguage = async <T>(language: string, read: () => T): Promise<T> => {
  await i18n.changeLanguage(language);
  try {
    return read();
  } finally {
    await i18n.changeLanguage("en");
  }
};

const quorum = new ApiError(
  409,
  "conflict",
  "No quorum: 3 counted present of the 12 required; the vote cannot open",
  [],
  { quorum: {} },
  { code: "quorum_missing_open", params: { counted: 3, required: 12 } },
);

describe("a failed request, explained", () => {
  it("says in words that a request which never left the browser was not sent", async () => {
    const offline = new ApiError(0, "network", "Failed to fetch");
    expect(failureInWords(i18n.t, offline)).toBe("You are offline; your request was not sent.");
    expect(await inLanguage("ar", () => failureInWords(i18n.t, offline, "ar"))).not.toMatch(/Failed to fetch|[A-Za-z]/);
  });

  it("gives the server's reason for a refusal", () => {
    expect(failureInWords(i18n.t, new ApiError(409, "invalid_transition", "Amendment 3 is accepted; it cannot submit"))).toBe(
      "Amendment 3 is accepted; it cannot submit",
    );
  });

  it("words a precise refusal in the interface language, from its code and values", async () => {
    expect(failureInWords(i18n.t, quorum, "en")).toBe("No quorum: 3 counted present of the 12 required; the vote cannot open.");
    expect(await inLanguage("fr", () => failureInWords(i18n.t, quorum, "fr"))).toBe(
      "Pas de quorum : 3 présents comptés sur les 12 requis ; le vote ne peut pas être ouvert.",
    );
    const arabic = await inLanguage("ar", () => failureInWords(i18n.t, quorum, "ar"));
    expect(arabic).toBe("لا يكتمل النصاب: الحاضرون المحتسبون 3 من أصل 12 مطلوبين؛ لا يمكن فتح التصويت.");
  });

  it("words a date the refusal names in the interface language, and isolates names and files", async () => {
    const late = new ApiError(
      409,
      "deadline_passed",
      "The deadline for amendments was 27 November 2021, 18:00 (Europe/Madrid); …",
      [],
      {},
      {
        code: "deadline_passed_amendments",
        params: { date: "2021-11-27", time: "18:00", timeZone: "Europe/Madrid" },
      },
    );
    const arabic = await inLanguage("ar", () => failureInWords(i18n.t, late, "ar"));
    expect(arabic).toContain("27 تشرين الثاني/نوفمبر 2021");
    expect(latinWords(arabic)).toEqual([]);
  });

  it("gives what the code means, in Arabic, French and Spanish, for a refusal the interface has no precise words for", async () => {
    const stale = new ApiError(409, "stale_version", "Amendment 3 changed meanwhile; load it again");
    for (const language of ["fr", "es", "ar"])
      expect(await inLanguage(language, () => failureInWords(i18n.t, stale, language as "ar"))).not.toMatch(/Amendment|changed/);
    expect(await inLanguage("ar", () => failureInWords(i18n.t, stale, "ar"))).toBe(
      "تغيّر ذلك في هذه الأثناء؛ أعد تحميل الصفحة ثم حاول مجدداً.",
    );
    expect(failureInWords(i18n.t, stale, "en")).toBe("Amendment 3 changed meanwhile; load it again");
  });

  it("keeps the server's English only for a code the interface does not know", async () => {
    const strange = new ApiError(418, "teapot", "I am a teapot");
    expect(await inLanguage("ar", () => failureInWords(i18n.t, strange, "ar"))).toBe("I am a teapot");
  });

  it("words what is wrong with each field, a field problem it cannot name as not valid", async () => {
    const issues: ErrorIssue[] = [
      { path: "body.title", message: "Too small: expected string to have >=1 characters", problem: { code: "required", params: {} } },
      { path: "body.note", message: "Too big", problem: { code: "too_long", params: { maximum: 2000 } } },
      { path: "body.reason", message: "must not be empty" },
    ];
    expect(issuesInWords(i18n.t, issues, "en").map((i) => i.message)).toEqual([
      "This field is required.",
      "Too long: at most 2,000.",
      "must not be empty",
    ]);
    const arabic = await inLanguage("ar", () => issuesInWords(i18n.t, issues, "ar").map((i) => i.message));
    expect(arabic).toEqual(["هذا الحقل مطلوب.", "أطول مما ينبغي: 2,000 على الأكثر.", "هذه القيمة غير صالحة."]);
  });
});
