import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../domain/language.js";
import { composeMail } from "./templates.js";

const link = "https://rapporteur.example.org/sign-in/link?token=abc123";

describe("mail templates", () => {
  it("writes each mail in the recipient's language, the link in both parts", () => {
    const subjects = LANGUAGES.map((l) => composeMail({ kind: "sign_in_link", name: "Ana", link, validHours: 1 }, l).subject);
    expect(subjects).toEqual([
      "Your sign-in link",
      "Votre lien de connexion",
      "Su enlace para iniciar sesión",
      "رابط تسجيل الدخول الخاص بك",
    ]);
    for (const l of LANGUAGES) {
      const mail = composeMail({ kind: "password_reset", name: "Ana", link, validHours: 1 }, l);
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
      expect(mail.html).toContain(`<html lang="${l}" dir="${l === "ar" ? "rtl" : "ltr"}">`);
    }
  });

  it("sets Arabic right to left in the HTML part and keeps the Arabic text intact in both parts", () => {
    const mail = composeMail(
      { kind: "invitation", name: "كريم حداد", event: "الجمعية الـ 143 للاتحاد البرلماني الدولي", link, validHours: 72 },
      "ar",
    );
    expect(mail.subject).toBe("دعوتك إلى الجمعية الـ 143 للاتحاد البرلماني الدولي");
    expect(mail.html).toContain('<body dir="rtl" lang="ar"');
    expect(mail.html).toContain('<div dir="rtl" lang="ar"');
    expect(mail.html).toContain("<bdi>كريم حداد</bdi>");
    expect(mail.text).toContain("السيد/السيدة كريم حداد المحترم/المحترمة،");
    expect(mail.text).toContain("يعمل الرابط مرة واحدة خلال 72 ساعة.");
  });

  it("escapes what people typed in the HTML part and keeps it one line in the subject", () => {
    const mail = composeMail(
      {
        kind: "notice",
        name: `<img src=x onerror="alert(1)">`,
        title: "Vote open\r\nBcc: victim@example.org",
        paragraphs: ["A & B <b>now</b>"],
        link: null,
      },
      "en",
    );
    expect(mail.subject).toBe("Vote open Bcc: victim@example.org");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("A &amp; B &lt;b&gt;now&lt;/b&gt;");
    expect(mail.text).toContain("A & B <b>now</b>");
  });

  it("caps the length of what it carries", () => {
    const mail = composeMail(
      { kind: "notice", name: "x".repeat(10_000), title: "t", paragraphs: Array.from({ length: 50 }, () => "p"), link: null },
      "fr",
    );
    expect(mail.text.split("\n\n").filter((p) => p === "p")).toHaveLength(20);
    expect(mail.text.length).toBeLessThan(1000);
  });
});
