import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, openPerson, printSkipNotice, type Person } from "./browser.js";
import { openHall, setUpScreen, showOn as show } from "./hall.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots/projector");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

suite("hall screens under the secretariat's control", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  let sittingId: string;
  const pageErrors: string[] = [];

  const openHallAt = (address: string) => openHall(browser, server.baseUrl, address, (m) => pageErrors.push(m));
  const setUp = (name: string, language: string) => setUpScreen(secretariat.page, name, language);
  const showOn = (screen: string, kind: string, fill?: (control: Locator) => Promise<void>) => show(secretariat.page, screen, kind, fill);

  beforeAll(async () => {
    server = await startServer({ RAPPORTEUR_REFERENCE_STAGE: "plenary" });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = await openPerson(browser, server.baseUrl, "en", server.signInLink, (m) => pageErrors.push(`secretariat: ${m}`));
    const sittings = (await (await secretariat.context.request.get("/api/v1/sittings")).json()) as { sittings: { id: string }[] };
    sittingId = sittings.sittings[0]!.id;
    await secretariat.page.goto(`/sittings/${sittingId}/projectors`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("switches an English hall's screen between the text, a vote and a message, live", async () => {
    const hall = await openHallAt(await setUp("Main hall", "en"));
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("speakers");
    await expect.poll(() => hall.evaluate(() => document.documentElement.dir)).toBe("ltr");

    await showOn("Main hall", "text");
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("text");
    await expect.poll(async () => (await hall.getByTestId("slide-text").textContent()) ?? "").toContain("OP1");

    await showOn("Main hall", "vote");
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("vote");
    await expect.poll(async () => (await hall.getByTestId("slide-vote").textContent()) ?? "").toMatch(/Vote, round 1/);

    await showOn("Main hall", "message", (c) => c.getByTestId("slide-message-text").fill("Coffee break until 12:15"));
    await expect.poll(async () => (await hall.getByTestId("slide-message").textContent()) ?? "").toContain("Coffee break until 12:15");
    await hall.screenshot({ path: join(SCREENSHOTS, "hall-en-message.png") });
    await hall.context().close();
  }, 90_000);

  it("shows an Arabic hall right to left, previews and queues slides, and stops a re-issued address", async () => {
    const address = await setUp("القاعة 2", "ar");
    const hall = await openHallAt(address);
    await expect.poll(() => hall.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("speakers");

    const control = secretariat.page.locator('[data-testid="screen-control"][data-screen="القاعة 2"]');
    await control.getByTestId("slide-kind").selectOption("vote");
    await control.getByTestId("slide-preview").click();
    await expect.poll(async () => (await control.getByTestId("screen-preview").textContent()) ?? "").toContain("التصويت");
    await expect.poll(() => control.getByTestId("screen-preview").getAttribute("dir")).toBe("rtl");
    await control.getByTestId("slide-enqueue").click();
    await control.getByTestId("slide-kind").selectOption("message");
    await control.getByTestId("slide-message-text").fill("استراحة قهوة حتى الساعة 12:15");
    await control.getByTestId("slide-enqueue").click();
    await expect.poll(async () => await control.getByTestId("screen-queue").locator("li").count()).toBe(2);
    expect(await hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("speakers");

    await control.getByTestId("show-next").click();
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("vote");
    await expect.poll(async () => (await hall.getByTestId("slide-vote").textContent()) ?? "").toContain("الجولة 1");
    await control.getByTestId("show-next").click();
    await expect.poll(async () => (await hall.getByTestId("slide-message").textContent()) ?? "").toContain("استراحة قهوة");

    await showOn("القاعة 2", "text");
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("text");
    await hall.evaluate(() => document.fonts.ready.then(() => undefined));
    await hall.screenshot({ path: join(SCREENSHOTS, "hall-ar-text.png") });
    await showOn("القاعة 2", "vote");
    await expect.poll(() => hall.getByTestId("hall-screen").getAttribute("data-slide")).toBe("vote");
    await hall.evaluate(() => document.fonts.ready.then(() => undefined));
    await hall.screenshot({ path: join(SCREENSHOTS, "hall-ar-vote.png") });

    await control.getByRole("button", { name: "Issue a new address" }).click();
    await hall.reload();
    await expect.poll(async () => (await hall.getByTestId("hall-invalid").textContent()) ?? "").toContain("no longer valid");
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
