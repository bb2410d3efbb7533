import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

suite.each(["en", "ar"] as const)("a delegate's notifications, %s interface", (lang) => {
  let server: RunningServer;
  let browser: Browser;
  const errors: string[] = [];
  let secretariat: Person;
  let delegate: Person;
  let draftId = "";
  let committeeId = "";
  let paragraphs: Json = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = await openPerson(browser, server.baseUrl, lang, server.signInLink, (m) => errors.push(`secretariat: ${m}`));
    const sitting = (await callApi(secretariat, "GET", "/api/v1/sittings")).sittings[0];
    const detail = await callApi(secretariat, "GET", `/api/v1/sittings/${sitting.id}`);
    draftId = detail.draftResolutions[0].id;
    committeeId = detail.draftResolutions[0].committee.id;
    paragraphs = (await callApi(secretariat, "GET", `/api/v1/sittings/${sitting.id}/draft-texts`)).drafts[0].paragraphs;
    const csv = [
      "name,parliament,gender,birth year,languages,email,role,delegation",
      "Kenya Delegation,Kenya,woman,1979,ar,kenya@example.org,,Kenya",
    ].join("\n");
    const imported = await callApi(secretariat, "POST", `/api/v1/setup/events/${detail.event.id}/participants/import`, { csv });
    const link = imported.invitations.find((i: Json) => i.email === "kenya@example.org").link as string;
    delegate = await openPerson(browser, server.baseUrl, lang, link, (m) => errors.push(`delegate: ${m}`));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the bell counts up live when the committee decides the delegate's amendment; the page shows the notice in the reader's language", async () => {
    const op2 = paragraphs.find((p: Json) => p.label === "OP2");
    const amendment = await callApi(delegate, "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: op2.id,
      text: "Calls for cooperation between parliaments and online platforms;",
      language: "en",
      author: "Kenya",
      submit: true,
    });
    const page = delegate.page;
    await page.goto(`/drafts/${draftId}`);
    const bell = page.getByTestId("notification-bell");
    await bell.waitFor();
    await expect(page.getByTestId("notification-count").count()).resolves.toBe(0);
    // The delegate follows the draft from its page.
    const follow = page.getByTestId("follow-button");
    await follow.click();
    await page.locator('[data-testid=follow-button][aria-pressed="true"]').waitFor();

    await callApi(secretariat, "POST", `/api/v1/amendments/${amendment.id}/committee-decision`, {
      version: amendment.version,
      transition: { type: "accept" },
      bodyId: committeeId,
      decision: { method: "consensus" },
    });
    // No reload: the live channel brings the notice to the open page.
    await page.getByTestId("notification-count").filter({ hasText: "1" }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, `notifications-bell-${lang}.png`) });

    await bell.click();
    await page.waitForURL(/\/notifications$/);
    const notice = page.getByTestId("notification").first();
    await notice.waitFor();
    const expected = lang === "ar" ? "بتّت اللجنة في تعديلكم" : "The committee decided on your amendment";
    await expect(notice.textContent()).resolves.toContain(expected);
    await expect(notice.textContent()).resolves.toContain(lang === "ar" ? "مقبول" : "Accepted");
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(lang === "ar" ? "rtl" : "ltr");
    await expect(notice.evaluate((el) => getComputedStyle(el).direction)).resolves.toBe(lang === "ar" ? "rtl" : "ltr");
    await page.screenshot({ path: join(SCREENSHOTS, `notifications-page-${lang}.png`), fullPage: true });

    await page.getByRole("button", { name: lang === "ar" ? "تعليم الكل كمقروء" : "Mark all as read" }).click();
    await page.getByTestId("notification-count").waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });
});
