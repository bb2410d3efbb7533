import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { openHall } from "./hall.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots/report-presentation");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/**
 * At the plenary stage both groups' recommendations are agreed and presented to the Forum. Group 1's rapporteur,
 * Grace Wanjiru (Kenya), presents the group's report on the plenary's screens and in her browser's presenter view,
 * in English and in Arabic; the secretariat downloads the sitting's votes from a recommendation's page.
 */
suite("the rapporteur presents the group's report", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  let rapporteur: Person;
  let sittingId: string;
  let groupId: string;
  let english: string;
  let arabic: string;
  const pageErrors: string[] = [];
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const hallAt = (address: string) => openHall(browser, server.baseUrl, address, (m) => pageErrors.push(m));
  const partOf = (hall: Page) => hall.getByTestId("slide-group-report").getAttribute("data-part");
  const pageOf = (hall: Page) => hall.getByTestId("slide-group-report").getAttribute("data-page");
  /** Chooses the hall screen named NAME in a select of screens. */
  const chooseScreen = async (select: Locator, name: string) =>
    select.selectOption((await select.locator("option", { hasText: name }).getAttribute("value"))!);

  beforeAll(async () => {
    server = await startServer({ RAPPORTEUR_REFERENCE_STAGE: "plenary" });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = await openPerson(browser, server.baseUrl, "en", server.signInLink, (m) => pageErrors.push(`secretariat: ${m}`));
    const sitting = ((await callApi(secretariat, "GET", "/api/v1/sittings")).sittings as Json[])[0]!;
    sittingId = sitting.id as string;
    const detail = await callApi(secretariat, "GET", `/api/v1/sittings/${sittingId}`);
    groupId = (detail.groups as Json[]).find((g) => g.number === 1)!.id as string;
    const screen = async (name: string, language: string) =>
      (await callApi(secretariat, "POST", `/api/v1/sittings/${sittingId}/projectors`, { name, language, groupId: null })).address as string;
    english = await screen("Plenary hall", "en");
    arabic = await screen("القاعة العامة", "ar");
    const participants = (await callApi(secretariat, "GET", `/api/v1/setup/events/${sitting.eventId as string}/participants`))
      .participants as Json[];
    const grace = participants.find((p) => p.name === "Grace Wanjiru")!;
    const slip = await callApi(secretariat, "POST", `/api/v1/setup/participants/${grace.id as string}/invitation`, { sendMail: false });
    rapporteur = await openPerson(browser, server.baseUrl, "en", new URL(slip.link as string, server.baseUrl).toString(), (m) =>
      pageErrors.push(`rapporteur: ${m}`),
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("puts the report on the English plenary screen from the recommendations page, and nothing else there is hers", async () => {
    const hall = await hallAt(english);
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("speakers");
    const page = rapporteur.page;
    await page.goto(`/groups/${groupId}/recommendations`);
    const panel = page.getByTestId("present-report");
    await chooseScreen(panel.getByTestId("present-report-screen"), "Plenary hall");
    await panel.getByTestId("present-report-button").click();
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("group_report");
    await expect.poll(() => partOf(hall)).toBe("cover");
    await expect.poll(async () => (await hall.getByTestId("report-cover").textContent()) ?? "").toContain("Grace Wanjiru");
    await panel.getByTestId("present-report-showing").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "recommendations-page-en.png"), fullPage: true });
    await shot(hall, "hall-en-cover");

    // The hall screens' control page is not hers: the screens list is refused.
    const refused = await rapporteur.context.request.get(`/api/v1/sittings/${sittingId}/projectors`);
    expect(refused.status()).toBe(403);
    await hall.context().close();
  }, 90_000);

  it("pages through the report in the presenter view with the keyboard, and the chosen hall screen follows", async () => {
    const hall = await hallAt(english);
    const page = rapporteur.page;
    await page.goto(`/groups/${groupId}/report`);
    const presenter = page.getByTestId("report-presenter");
    await presenter.getByTestId("report-cover").waitFor();
    await page.keyboard.press("PageDown");
    await presenter.getByTestId("report-recommendation").waitFor();
    await shot(page, "presenter-en-recommendation");

    await chooseScreen(page.getByTestId("report-screen"), "Plenary hall");
    await expect.poll(() => pageOf(hall)).toBe("1");
    await expect.poll(() => partOf(hall)).toBe("recommendation");
    await shot(hall, "hall-en-recommendation");
    await page.locator("body").click();
    await page.keyboard.press("End");
    await expect.poll(() => partOf(hall)).toBe("votes");
    await expect.poll(async () => (await hall.getByTestId("report-votes").textContent()) ?? "").toMatch(/Carried/);
    await shot(hall, "hall-en-votes");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => partOf(hall)).toBe("contributors");
    await expect.poll(async () => (await hall.getByTestId("report-contributors").textContent()) ?? "").toContain("France");
    await shot(hall, "hall-en-contributors");
    await hall.context().close();
  }, 90_000);

  it("shows the report in Arabic, right to left, on the Arabic hall's screen", async () => {
    const hall = await hallAt(arabic);
    const page = rapporteur.page;
    await page.goto(`/groups/${groupId}/report`);
    await page.getByTestId("report-presenter").getByTestId("report-cover").waitFor();
    await chooseScreen(page.getByTestId("report-screen"), "القاعة العامة");
    await expect.poll(() => page.getByTestId("report-presenter").getAttribute("dir")).toBe("rtl");
    await expect.poll(() => partOf(hall)).toBe("cover");
    await expect.poll(() => hall.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await expect.poll(async () => (await hall.getByTestId("slide-group-report").textContent()) ?? "").toContain("تقرير مجموعة النقاش 1");
    await shot(hall, "hall-ar-cover");
    await page.locator("body").click();
    // Right to left, the left arrow moves on.
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => partOf(hall)).toBe("recommendation");
    await shot(hall, "hall-ar-recommendation");
    await shot(page, "presenter-ar-recommendation");
    await page.keyboard.press("End");
    await expect.poll(() => partOf(hall)).toBe("votes");
    await expect.poll(async () => (await hall.getByTestId("report-votes").textContent()) ?? "").toContain("اعتُمدت");
    await shot(hall, "hall-ar-votes");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => partOf(hall)).toBe("contributors");
    await shot(hall, "hall-ar-contributors");
    await hall.context().close();
  }, 90_000);

  it("offers the secretariat, not the rapporteur, the sitting's votes as a download where a vote is shown", async () => {
    const recommendations = (await callApi(secretariat, "GET", `/api/v1/groups/${groupId}/recommendations`)).recommendations as Json[];
    const path = `/recommendations/${recommendations[0]!.id as string}`;
    await secretariat.page.goto(path);
    await secretariat.page.getByTestId("vote").first().waitFor();
    const [download] = await Promise.all([
      secretariat.page.waitForEvent("download"),
      secretariat.page.getByTestId("download-votes-xlsx").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await rapporteur.page.goto(path);
    await rapporteur.page.getByTestId("vote").first().waitFor();
    expect(await rapporteur.page.getByTestId("download-votes").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
