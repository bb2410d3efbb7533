import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../domain/language.js";
import { NOTIFICATION_KINDS } from "../domain/notifications/kinds.js";
import { noticeWords } from "./notices.js";

const params = { number: 7, status: "accepted_as_revised", floor: "plenary", local: "2021-11-27T18:00", timeZone: "Europe/Madrid" };

describe("the words of a notice's mail", () => {
  it.each(LANGUAGES)("has a title and paragraphs for every kind in %s", (language) => {
    for (const kind of NOTIFICATION_KINDS) {
      const words = noticeWords(kind, params, language);
      expect(words.title.length, kind).toBeGreaterThan(0);
      expect(
        words.paragraphs.every((p) => p.length > 0),
        kind,
      ).toBe(true);
    }
  });

  it("puts the decision and the deadline in the reader's words", () => {
    expect(noticeWords("amendment_decided", params, "es").paragraphs[0]).toBe("Su enmienda 7 fue aceptada en forma revisada.");
    expect(noticeWords("deadline_soon", params, "en").paragraphs[0]).toBe(
      "Amendments to the draft resolution must be submitted by 27 November 2021 18:00 (Europe/Madrid).",
    );
  });

  it("writes no English in an Arabic mail but the product's name and the time zone", () => {
    for (const kind of NOTIFICATION_KINDS) {
      const { title, paragraphs } = noticeWords(kind, params, "ar");
      const text = [title, ...paragraphs].join(" ").replace("Rapporteur", "").replace("Europe/Madrid", "");
      expect(text, kind).not.toMatch(/[A-Za-z]/);
    }
  });
});
