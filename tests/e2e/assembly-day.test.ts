import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startTestSmtp, type TestSmtp } from "../../src/mail/test-smtp.js";
import { browserTestsEnabled, callApi, choose, csrfTokenOf, launchChromium, openPerson, printSkipNotice, shown } from "./browser.js";
import type { Json, Person } from "./browser.js";
import { openHall, screenControl, setUpScreen, showOn, slideOf } from "./hall.js";
import { startServer, type RunningServer } from "./server.js";
import { wordsOf } from "./words.js";
import { readSheet } from "./xlsx.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots/assembly-day");
const SIGN_IN_LINK = /http:\/\/localhost:\d+\/sign-in\/link\?token=[\w%-]+/;

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** Who joins the reference case on the day, and whose amendment she co-sponsors, in each interface language. */
const CASE = {
  en: {
    name: "Laila Al-Harthy",
    parliament: "Oman",
    email: "laila.alharthy@example.org",
    author: "Lindiwe Dube",
    authorParliament: "South Africa",
    /** The amendment tabled in the other language, and what the translator makes of it. */
    source: { parliament: "Egypt", language: "ar" },
    translation: "Calls upon parliaments to adopt, without delay, legislation that protects children from online exploitation;",
  },
  ar: {
    name: "ليلى الحارثي",
    parliament: "عُمان",
    email: "laila.alharthy@example.org",
    author: "Karim Mansour",
    authorParliament: "Tunisia",
    source: { parliament: "South Africa", language: "en" },
    translation: "يدعو البرلمانات إلى سن تشريعات تحمي الأطفال من الاستغلال عبر الإنترنت، وإلى استشارة الناجين عند صياغتها؛",
  },
} as const;

/**
 * The reference case on the day of the committee, run by its secretariat in one interface language: a delegate
 * added on screen and invited by e-mail while the mail server is down, the mail delivered once it is back; her
 * check-in counted for the quorum; an amendment she co-sponsors, downloaded as Excel and read back; the hall's
 * screen switched between the text, a vote and a message.
 */
suite.each(["en", "ar"] as const)("the reference case's committee day, run by the secretariat, %s interface", (lang) => {
  const who = CASE[lang];
  const words = wordsOf(lang);
  let server: RunningServer;
  let browser: Browser;
  let smtpPort = 0;
  let smtp: TestSmtp | null = null;
  const people: Record<string, Person> = {};
  const errors: string[] = [];
  let csrf = "";
  let sittingId = "";
  let eventId = "";
  let bodyId = "";
  let draftId = "";

  const open = async (name: string, link: string): Promise<Page> => {
    people[name] = await openPerson(browser, server.baseUrl, lang, link, (m) => errors.push(`${name}: ${m}`));
    return people[name].page;
  };
  const api = (method: "GET" | "POST" | "PUT", url: string, body?: unknown): Promise<Json> =>
    callApi(people.secretariat!, method, url, body, csrf);
  const participant = async (name: string): Promise<Json> =>
    ((await api("GET", `/api/v1/setup/events/${eventId}/participants`)).participants as Json[]).find((p) => p.name === name)!;
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}-${lang}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The mail server is down when the day starts: nothing listens on its port yet.
    smtpPort = await freePort();
    server = await startServer({
      RAPPORTEUR_REFERENCE_STAGE: "committee",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "IPU Secretariat <secretariat@ipu.example.org>",
    });
    browser = await launchChromium();
    await open("secretariat", server.signInLink);
    csrf = await csrfTokenOf(people.secretariat!);
    const sitting = (await api("GET", "/api/v1/sittings")).sittings[0] as Json;
    sittingId = sitting.id as string;
    bodyId = sitting.body.id as string;
    const detail = await api("GET", `/api/v1/sittings/${sittingId}`);
    eventId = detail.event.id as string;
    draftId = detail.draftResolutions[0].id as string;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it("adds a delegate on screen and invites her by e-mail: the mail waits out the outage, arrives in her language, and signs her in", async () => {
    const page = people.secretariat!.page;
    await page.goto(`/setup/events/${eventId}/participants`);
    const form = page.getByTestId("participant-form").first();
    await form.getByRole("textbox", { name: words("participants.fields.name"), exact: true }).fill(who.name);
    await form.getByRole("textbox", { name: words("participants.fields.parliament"), exact: true }).fill(who.parliament);
    await form.getByRole("textbox", { name: words("participants.fields.email"), exact: true }).fill(who.email);
    await form.getByRole("combobox", { name: words("participants.fields.gender"), exact: true }).selectOption("woman");
    await form.getByRole("combobox", { name: words("participants.fields.language"), exact: true }).selectOption(lang);
    await form.getByRole("button", { name: words("participants.add") }).click();
    await page.getByText(shown(words("participants.added", { name: who.name }))).waitFor();
    const row = page.getByTestId("participant").filter({ hasText: who.name });
    await row.getByRole("button", { name: shown(words("mail.sendInvitationTo", { name: who.name })) }).click();
    await row.getByText(words("mail.invitationQueued")).waitFor();

    // The first attempt fails (nothing listens); the mail waits, and the secretariat sees why and when it is tried next.
    await page.goto("/mail");
    const mail = page.locator(`[data-testid=mail][data-recipient="${who.email}"]`);
    await mail.getByTestId("mail-retry").waitFor();
    await expect(mail.getAttribute("data-state")).resolves.toBe("queued");
    await expect(mail.textContent()).resolves.toMatch(/ECONNREFUSED|connect/i);
    await shot(page, "mail-outage");

    // The mail server is back: one press and the mail leaves, once.
    smtp = await startTestSmtp(smtpPort);
    await mail.getByTestId("mail-retry").click();
    await page.locator(`[data-testid=mail][data-recipient="${who.email}"][data-state=sent]`).waitFor();
    await expect.poll(() => smtp!.received.filter((m) => m.to && "text" in m.to && m.to.text === who.email).length).toBe(1);
    const received = smtp.received.find((m) => m.to && "text" in m.to && m.to.text === who.email)!;
    expect(received.html).toContain(`lang="${lang}"`);
    if (lang === "ar") expect(received.subject).toMatch(/[\u0600-\u06ff]/);
    expect(received.text).toContain(who.name);
    const link = SIGN_IN_LINK.exec(received.text ?? "")?.[0];
    expect(link).toBeDefined();

    await open("delegate", link!);
    const session = await callApi(people.delegate!, "GET", "/api/v1/session");
    expect(session.account.email).toBe(who.email);
    expect(errors).toEqual([]);
  }, 180_000);

  it("checks her in at the desk, and the quorum that lacked one member is met", async () => {
    const now = await api("GET", `/api/v1/sittings/${sittingId}/attendance`);
    await api("PUT", `/api/v1/bodies/${bodyId}/quorum-rule`, {
      version: now.ruleVersion,
      rule: { ...now.rule, minimum: { kind: "count", members: (now.body.counted as number) + 1 }, whenMissing: "refuse" },
    });
    const page = people.secretariat!.page;
    await page.goto(`/sittings/${sittingId}/attendance`);
    await page.locator("[data-testid=count-body][data-met=false]").waitFor();
    await page.getByTestId("attendance-search").fill(who.name.split(" ").at(-1)!);
    const row = page.getByTestId("attendee").filter({ hasText: who.name });
    await expect(row.getAttribute("data-presence")).resolves.toBe("absent");
    await row.getByTestId("check-in-hall").click();
    await page.locator("[data-testid=count-body][data-met=true]").waitFor();
    await expect(row.getAttribute("data-presence")).resolves.toBe("in_hall");
    await shot(page, "attendance");
    expect(errors).toEqual([]);
  }, 120_000);

  it("she co-sponsors a delegation's amendment from her start page, and the Excel list read back names her delegation", async () => {
    const amendments = (await api("GET", `/api/v1/drafts/${draftId}/amendments`)).amendments as Json[];
    const tabled = amendments.find((a) => a.author === who.authorParliament && a.status === "submitted")!;
    const author = await participant(who.author);
    const slip = await api("POST", `/api/v1/setup/participants/${author.id as string}/invitation`, { sendMail: false });
    const authorPage = await open("author", new URL(slip.link as string, server.baseUrl).toString());
    await authorPage.goto(`/drafts/${draftId}`);
    const card = authorPage.locator(`[data-testid=amendment][data-number="${tabled.number}"]`);
    await card.getByTestId("cosponsors-toggle").locator("summary").click();
    const panel = card.getByTestId("cosponsor-panel");
    await choose(authorPage, panel.getByTestId("cosponsor-delegation"), who.parliament);
    await panel.getByTestId("cosponsor-invite").click();
    await panel.locator(`[data-testid=cosponsorship][data-status="invited"]`).filter({ hasText: who.parliament }).waitFor();

    const delegate = people.delegate!.page;
    await delegate.goto("/");
    const task = delegate.locator(`[data-testid=task][data-kind=cosponsor_invitation][data-amendment="${tabled.number}"]`);
    await task.getByTestId("cosponsor-accept").click();
    await task.waitFor({ state: "detached" });
    await card.locator(".amendment-meta", { hasText: who.parliament }).waitFor();

    const page = people.secretariat!.page;
    await page.goto(`/drafts/${draftId}`);
    const filters = page.getByTestId("amendment-filters");
    await choose(page, filters.getByTestId("filter-author"), who.parliament);
    await choose(page, filters.getByTestId("filter-status"), words("drafts.amendmentStatus.submitted"));
    await page.locator(`[data-testid=amendment][data-number="${tabled.number}"]`).waitFor();
    await expect(page.locator("[data-testid=amendment]").count()).resolves.toBe(1);
    const [download] = await Promise.all([page.waitForEvent("download"), filters.getByTestId("download-amendments-xlsx").click()]);
    const { rows, rightToLeft } = await readSheet(download);
    expect(rightToLeft).toBe(lang === "ar");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(expect.arrayContaining([tabled.number, who.authorParliament, who.parliament]));
    expect(errors).toEqual([]);
  }, 180_000);

  it("a translator turns a delegation's amendment into the reader's language, and the committee page shows it so", async () => {
    const amendments = (await api("GET", `/api/v1/drafts/${draftId}/amendments`)).amendments as Json[];
    const tabled = amendments.find((a) => a.author === who.source.parliament && a.language === who.source.language)!;
    const added = await api("POST", `/api/v1/setup/events/${eventId}/participants`, {
      name: lang === "ar" ? "أمل المترجمة" : "Amal Haddad",
      parliament: "IPU Secretariat",
      email: "translator@example.org",
      gender: "woman",
      languages: ["ar", "en"],
      roles: [{ role: "translator", scope: null }],
    });
    const slip = await api("POST", `/api/v1/setup/participants/${added.id as string}/invitation`, { sendMail: false });
    const translator = await open("translator", new URL(slip.link as string, server.baseUrl).toString());
    await translator.goto(`/translations?lang=${lang}`);
    await translator.getByTestId("translation-queue").waitFor();
    const row = translator.locator(`[data-testid=queue-task][data-language="${lang}"][data-source="amendment:${tabled.id as string}"]`);
    await row.getByTestId("open-translation").click();
    await translator.getByTestId("translation-page").waitFor();
    await expect(translator.getByTestId("translation-source").getAttribute("lang")).resolves.toBe(who.source.language);
    await translator.getByTestId("translation-text").fill(who.translation);
    await translator.getByTestId("translation-submit").click();
    await translator.getByTestId("confirm-yes").click();
    await translator.locator('[data-testid=translation-page][data-status="final"]').waitFor();

    const page = people.secretariat!.page;
    await page.goto(`/drafts/${draftId}/committee`);
    const compiled = page.locator(`[data-testid=compiled-amendment][data-number="${tabled.number}"]`);
    const wording = page.locator("[data-testid=wording]", { has: compiled });
    await wording.locator('[data-testid=translation-status][data-status="final"]').waitFor();
    await expect(wording.getByTestId("compiled-wording").getAttribute("lang")).resolves.toBe(lang);
    await wording.scrollIntoViewIfNeeded();
    await shot(page, "committee-translated");
    expect(errors).toEqual([]);
  }, 180_000);

  it("the hall's screen in the interface's language switches between the text, a vote and a message", async () => {
    const control = people.secretariat!.page;
    await control.goto(`/sittings/${sittingId}/projectors`);
    const screen = lang === "ar" ? "القاعة الرئيسية" : "Main hall";
    const hall = await openHall(browser, server.baseUrl, await setUpScreen(control, screen, lang), (m) => errors.push(m));
    await expect.poll(() => hall.evaluate(() => document.documentElement.dir)).toBe(lang === "ar" ? "rtl" : "ltr");
    await showOn(control, screen, "text");
    await expect.poll(() => slideOf(hall)).toBe("text");
    await showOn(control, screen, "vote");
    await expect.poll(() => slideOf(hall)).toBe("vote");
    const message = lang === "ar" ? "استراحة قهوة حتى الساعة 12:15" : "Coffee break until 12:15";
    await showOn(control, screen, "message", (c) => c.getByTestId("slide-message-text").fill(message));
    await expect.poll(async () => (await hall.getByTestId("slide-message").textContent()) ?? "").toContain(message);
    await expect(screenControl(control, screen).isVisible()).resolves.toBe(true);
    await hall.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot(hall, "hall-message");
    await hall.context().close();
    expect(errors).toEqual([]);
  }, 120_000);
});
