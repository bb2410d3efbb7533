import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, shown, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** The secretariat's check-in desk on the reference sitting: a check-in moves the count and the quorum, in English and Arabic. */
suite("checking participants in at the desk, English and Arabic", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  let sittingId = "";
  let eventId = "";
  let bodyId = "";
  const errors: string[] = [];

  const addParticipant = (name: string, parliament: string, email: string) =>
    callApi(secretariat, "POST", `/api/v1/setup/events/${eventId}/participants`, {
      name,
      parliament,
      email,
      gender: "woman",
      languages: ["ar", "en"],
      roles: [{ role: "participant", scope: null }],
    });
  const inHall = async (page: Page) => Number(await page.getByTestId("count-body-in-hall").textContent());
  const met = (page: Page) => page.getByTestId("count-body").getAttribute("data-met");
  /** A rule that needs one more than are counted now, so that the next check-in meets it. */
  const needOneMore = async () => {
    const now = await callApi(secretariat, "GET", `/api/v1/sittings/${sittingId}/attendance`);
    await callApi(secretariat, "PUT", `/api/v1/bodies/${bodyId}/quorum-rule`, {
      version: now.ruleVersion,
      rule: { ...now.rule, minimum: { kind: "count", members: (now.body.counted as number) + 1 }, whenMissing: "refuse" },
    });
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = await openPerson(browser, server.baseUrl, "en", server.signInLink, (m) => errors.push(m));
    const sitting = (await callApi(secretariat, "GET", "/api/v1/sittings")).sittings[0] as Json;
    sittingId = sitting.id as string;
    bodyId = sitting.body.id as string;
    eventId = (await callApi(secretariat, "GET", `/api/v1/sittings/${sittingId}`)).event.id as string;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("finds a participant by name, checks her into the hall, and the count and the quorum follow", async () => {
    await addParticipant("Marta Quintero", "Uruguay", "marta.quintero@example.org");
    await needOneMore();
    const page = secretariat.page;
    await page.goto(`/sittings/${sittingId}/attendance`);
    await page.getByTestId("count-body").waitFor();
    const before = await inHall(page);
    await expect(met(page)).resolves.toBe("false");
    await expect(page.getByTestId("count-body").textContent()).resolves.toContain("No quorum");
    await page.getByTestId("attendance-search").fill("Quintero");
    const row = page.getByTestId("attendee").filter({ hasText: "Marta Quintero" });
    await expect(row.getAttribute("data-presence")).resolves.toBe("absent");
    await row.getByTestId("check-in-hall").click();
    await page
      .getByTestId("check-in-result")
      .filter({ hasText: shown("Marta Quintero is checked in, in the hall.") })
      .waitFor();
    await page.locator(`[data-testid=count-body][data-met=true]`).waitFor();
    expect(await inHall(page)).toBe(before + 1);
    await expect(row.getAttribute("data-presence")).resolves.toBe("in_hall");
    await expect(page.getByTestId("count-body").textContent()).resolves.toContain("Quorum met");
    expect(errors).toEqual([]);
  }, 120_000);

  it("in Arabic, right to left, the door scanner checks in the holder of an access slip from its typed link", async () => {
    const added = await addParticipant("ليلى منصور", "الأردن", "leila.mansour@example.org");
    const slip = await callApi(secretariat, "POST", `/api/v1/setup/participants/${added.id as string}/invitation`, { sendMail: false });
    await needOneMore();
    // The same secretariat session in a window whose interface is Arabic.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: server.baseUrl,
      locale: "ar",
      storageState: await secretariat.context.storageState(),
    });
    await context.addInitScript(() => window.localStorage.setItem("rapporteur.language", "ar"));
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/sittings/${sittingId}/attendance`);
    await page.getByTestId("count-body").waitFor();
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("الحضور والنصاب");
    const before = await inHall(page);
    await expect(met(page)).resolves.toBe("false");
    await page.getByTestId("attendance-search").fill("منصور");
    const row = page.getByTestId("attendee").filter({ hasText: "ليلى منصور" });
    await expect(row.getAttribute("data-presence")).resolves.toBe("absent");
    await page.getByLabel("رمز بطاقة الدخول").fill(new URL(slip.link as string, server.baseUrl).toString());
    await page.getByTestId("scan-submit").click();
    await page
      .getByTestId("check-in-result")
      .filter({ hasText: shown("سُجّل حضور ليلى منصور في القاعة.") })
      .waitFor();
    await page.locator(`[data-testid=count-body][data-met=true]`).waitFor();
    expect(await inHall(page)).toBe(before + 1);
    await expect(row.getAttribute("data-presence")).resolves.toBe("in_hall");
    await expect(page.getByTestId("count-body").textContent()).resolves.toContain("النصاب مكتمل");
    await page.screenshot({ path: join(SCREENSHOTS, "attendance-desk-ar.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
