import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** The reference case before the committee, in Arabic: a decision waits for a confirmation, and the secretariat reopens it. */
suite("confirming a committee decision and reopening it, Arabic interface", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  let draftId = "";
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ RAPPORTEUR_REFERENCE_STAGE: "committee" });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = await openPerson(browser, server.baseUrl, "ar", server.signInLink, (m) => errors.push(m));
    const get = async (url: string) => (await (await secretariat.context.request.get(url)).json()) as Json;
    const sitting = (await get("/api/v1/sittings")).sittings[0] as Json;
    draftId = (await get(`/api/v1/sittings/${sitting.id}`)).draftResolutions[0].id as string;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("names the amendment and what will happen, does nothing on Cancel, decides on confirmation", async () => {
    const page = secretariat.page;
    await page.goto(`/drafts/${draftId}/committee`);
    const first = page.locator("[data-testid=compiled-amendment][data-status=submitted]").first();
    const number = await first.getAttribute("data-number");
    await first.getByTestId("decide-accept").click();
    const dialog = page.getByTestId("confirm-dialog");
    await expect(dialog.getAttribute("role")).resolves.toBe("alertdialog");
    await expect(dialog.textContent()).resolves.toContain(`التعديل ${number}`);
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await page.screenshot({ path: join(SCREENSHOTS, "confirm-decision-ar.png") });
    await dialog.getByTestId("confirm-cancel").click();
    await dialog.waitFor({ state: "detached" });
    await expect(page.locator(`[data-testid=compiled-amendment][data-number="${number}"]`).getAttribute("data-status")).resolves.toBe(
      "submitted",
    );

    await first.getByTestId("decide-accept").click();
    await dialog.getByTestId("confirm-yes").click();
    await page.locator(`[data-testid=compiled-amendment][data-number="${number}"][data-status=accepted]`).waitFor();

    const taken = page.locator(`[data-testid=decision-taken][data-number="${number}"]`);
    await taken.getByTestId("reopen-decision").click();
    await dialog.getByTestId("confirm-yes").click();
    await dialog.getByRole("alert").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "confirm-reopen-ar.png") });
    await dialog.getByTestId("confirm-reason").fill("صوّتت القاعة على صيغة خاطئة");
    await dialog.getByTestId("confirm-yes").click();
    await page.locator(`[data-testid=compiled-amendment][data-number="${number}"][data-status=submitted]`).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it("names the group's chair and rapporteur, its room and its seats under its title", async () => {
    const page = secretariat.page;
    const get = async (url: string) => (await (await secretariat.context.request.get(url)).json()) as Json;
    const sitting = (await get("/api/v1/sittings")).sittings[0] as Json;
    const group = (await get(`/api/v1/sittings/${sitting.id}`)).groups[0] as Json;
    const designated = ((await get(`/api/v1/designations?groupId=${group.id}`)).designations as Json[]).filter(
      (d) => d.status === "designated",
    );
    await page.goto(`/groups/${group.id}`);
    for (const role of ["chair", "rapporteur"]) {
      const d = designated.find((x) => x.function === role)!;
      await expect(page.getByTestId(`group-${role}`).textContent()).resolves.toContain(d.participant.name);
    }
    await expect(page.getByTestId("group-seats").textContent()).resolves.toMatch(/\d/);
    const header = await page.locator(".group-page-header").boundingBox();
    const questions = await page.locator(".group-questions").boundingBox();
    expect(header!.y).toBeLessThan(questions!.y);
    await page.screenshot({ path: join(SCREENSHOTS, "group-header-ar.png") });
  }, 60_000);
});
