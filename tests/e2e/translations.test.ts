import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** In the English interface an Arabic amendment is translated into English; in the Arabic one, an English amendment into Arabic. */
const CASES = {
  en: {
    author: { name: "Egypt Delegation", parliament: "Egypt", email: "egypt@example.org", languages: ["ar"] },
    source: "ar",
    text: "يدعو البرلمانات إلى اعتماد تشريعات شاملة لمكافحة الاستغلال الجنسي للأطفال عبر الإنترنت دون تأخير؛",
    translation: "Calls upon parliaments to adopt comprehensive legislation to combat online child sexual exploitation without delay;",
  },
  ar: {
    author: { name: "Spain Delegation", parliament: "Spain", email: "spain@example.org", languages: ["en"] },
    source: "en",
    text: "Calls upon parliaments to adopt comprehensive legislation to combat online child sexual exploitation without delay;",
    translation: "يدعو البرلمانات إلى اعتماد تشريعات شاملة لمكافحة الاستغلال الجنسي للأطفال عبر الإنترنت دون تأخير؛",
  },
} as const;

suite.each(["en", "ar"] as const)("a translator translates a tabled amendment, %s interface", (lang) => {
  const c = CASES[lang];
  let server: RunningServer;
  let browser: Browser;
  const people: Record<string, Person> = {};
  const errors: string[] = [];
  let draftId = "";
  let eventId = "";

  const open = async (name: string, link: string): Promise<Page> => {
    people[name] = await openPerson(browser, server.baseUrl, lang, link, (m) => errors.push(`${name}: ${m}`));
    return people[name].page;
  };
  const api = (as: string, method: "GET" | "POST", url: string, body?: unknown): Promise<Json> => callApi(people[as]!, method, url, body);
  /** The secretariat adds a person on the participants' API with their roles, and the person opens their sign-in link. */
  const addPerson = async (name: string, fields: Json) => {
    const created = await api("secretariat", "POST", `/api/v1/setup/events/${eventId}/participants`, { gender: "woman", ...fields });
    const invitation = await api("secretariat", "POST", `/api/v1/setup/participants/${created.id}/invitation`, { sendMail: false });
    return open(name, invitation.link as string);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await open("secretariat", server.signInLink);
    const sitting = (await api("secretariat", "GET", "/api/v1/sittings")).sittings[0];
    const detail = await api("secretariat", "GET", `/api/v1/sittings/${sitting.id}`);
    draftId = detail.draftResolutions[0].id;
    eventId = detail.event.id;
    await addPerson("author", c.author);
    await addPerson("translator", {
      name: "Amal Translator",
      parliament: "IPU Secretariat",
      email: "translator@example.org",
      languages: ["ar", "en"],
      roles: [{ role: "translator", scope: null }],
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the tabled amendment waits on the translator's start page, is translated beside its original, and the committee page then shows it in the reader's language", async () => {
    const tabled = await api("author", "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: "OP1",
      text: c.text,
      language: c.source,
      author: c.author.parliament,
      submit: true,
    });

    // Before: the committee page in the reader's language says the translation is needed and shows the original.
    const secretariat = people.secretariat!.page;
    await secretariat.goto(`/drafts/${draftId}/committee`);
    const compiled = secretariat.locator(`[data-testid=compiled-amendment][data-number="${tabled.number}"]`);
    const wording = secretariat.locator("[data-testid=wording]", { has: compiled });
    await wording.locator('[data-testid=translation-status][data-status="missing"]').waitFor();
    await expect(wording.getByTestId("compiled-wording").getAttribute("lang")).resolves.toBe(c.source);

    // The translator's start page says an amendment waits for the reader's language and leads to the queue.
    const translator = people.translator!.page;
    await translator.goto("/");
    const task = translator.locator("[data-testid=task][data-kind=translate]");
    await task.waitFor();
    await task.getByRole("link").click();
    await translator.getByTestId("translation-queue").waitFor();
    const row = translator.locator(`[data-testid=queue-task][data-language="${lang}"]`).first();
    await row.getByTestId("open-translation").click();

    // The translation page: the original with its changes in its own direction, the editor in the target language.
    const page = translator.getByTestId("translation-page");
    await page.waitFor();
    const source = translator.getByTestId("translation-source");
    await expect(source.getAttribute("lang")).resolves.toBe(c.source);
    await expect(source.getAttribute("dir")).resolves.toBe(c.source === "ar" ? "rtl" : "ltr");
    expect(await source.locator("ins").count()).toBeGreaterThan(0);
    const editor = translator.getByTestId("translation-text");
    await expect(editor.getAttribute("dir")).resolves.toBe(lang === "ar" ? "rtl" : "ltr");
    await editor.fill(c.translation);
    await translator.getByTestId("translation-preview").locator("ins").first().waitFor();
    await translator.screenshot({ path: join(SCREENSHOTS, `translation-page-${lang}.png`), fullPage: true });
    await translator.getByTestId("translation-submit").click();
    await translator.getByTestId("confirm-yes").click();
    await translator.locator('[data-testid=translation-page][data-status="final"]').waitFor();
    await translator.goto(`/translations?lang=${lang}`);
    await translator.getByTestId("queue-empty").waitFor();

    // After: the committee page shows the translation, with its changes, in the reader's language.
    await secretariat.reload();
    await wording.locator('[data-testid=translation-status][data-status="final"]').waitFor();
    const translated = wording.getByTestId("compiled-wording");
    await expect(translated.getAttribute("lang")).resolves.toBe(lang);
    await expect(translated.getAttribute("dir")).resolves.toBe(lang === "ar" ? "rtl" : "ltr");
    // Read as the wording it gives: the struck-out words of the paragraph left out.
    const reads = await translated.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("del").forEach((d) => d.remove());
      return copy.textContent ?? "";
    });
    expect(reads.replace(/\s+/g, " ").trim()).toBe(c.translation);
    await wording.scrollIntoViewIfNeeded();
    await secretariat.screenshot({ path: join(SCREENSHOTS, `translation-committee-${lang}.png`) });

    // The draft page, in the reader's language too, with the secretariat's time from tabling to every language.
    await secretariat.goto(`/drafts/${draftId}`);
    const card = secretariat.locator(`[data-testid=amendment][data-number="${tabled.number}"]`);
    await card.locator('[data-testid=translation-status][data-status="final"]').waitFor();
    await expect(card.getByTestId("amendment-changes").getAttribute("lang")).resolves.toBe(lang);
    await card.getByTestId("amendment-turnaround").waitFor();
    await card.scrollIntoViewIfNeeded();
    await secretariat.screenshot({ path: join(SCREENSHOTS, `translation-draft-${lang}.png`) });

    // The secretariat's queue, reached from the banner, gives the time from tabling to every language, and its median.
    await secretariat.getByTestId("translations-link").click();
    await secretariat.getByTestId("translation-queue").waitFor();
    await secretariat.goto(`/translations?status=all`);
    await secretariat.getByTestId("turnaround-median").waitFor();
    await secretariat.screenshot({ path: join(SCREENSHOTS, `translation-queue-${lang}.png`), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
