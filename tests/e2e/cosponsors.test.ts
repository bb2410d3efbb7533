import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, choose, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";
import { readSheet } from "./xlsx.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

suite.each(["en", "ar"] as const)("co-sponsoring an amendment and downloading the list, %s interface", (lang) => {
  let server: RunningServer;
  let browser: Browser;
  const people: Record<string, Person> = {};
  const errors: string[] = [];
  let draftId = "";

  const open = async (name: string, link: string): Promise<Page> => {
    people[name] = await openPerson(browser, server.baseUrl, lang, link, (m) => errors.push(`${name}: ${m}`));
    return people[name].page;
  };
  const api = (as: string, method: "GET" | "POST", url: string, body?: unknown): Promise<Json> => callApi(people[as]!, method, url, body);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await open("secretariat", server.signInLink);
    const sitting = (await api("secretariat", "GET", "/api/v1/sittings")).sittings[0];
    const detail = await api("secretariat", "GET", `/api/v1/sittings/${sitting.id}`);
    draftId = detail.draftResolutions[0].id;
    const csv = [
      "name,parliament,gender,birth year,languages,email,role,delegation",
      "Spain Delegation,Spain,man,1965,es,spain@example.org,,Spain",
      "Mexico Delegation,Mexico,woman,1979,es,mexico@example.org,,Mexico",
    ].join("\n");
    const imported = await api("secretariat", "POST", `/api/v1/setup/events/${detail.event.id}/participants/import`, { csv });
    for (const who of ["spain", "mexico"])
      await open(who, imported.invitations.find((i: Json) => i.email === `${who}@example.org`).link as string);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the author invites Mexico from the card, Mexico accepts from its tasks, and the filtered Excel download names it", async () => {
    const tabled = await api("spain", "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: "OP1",
      text: "Calls upon parliaments to act without delay;",
      language: "en",
      author: "Spain",
      submit: true,
    });

    // Spain invites Mexico from its amendment's card.
    const spain = people.spain!.page;
    await spain.goto(`/drafts/${draftId}`);
    const card = spain.locator(`[data-testid=amendment][data-number="${tabled.number}"]`);
    await card.getByTestId("cosponsors-toggle").locator("summary").click();
    const panel = card.getByTestId("cosponsor-panel");
    await choose(spain, panel.getByTestId("cosponsor-delegation"), "Mexico");
    await panel.getByTestId("cosponsor-invite").click();
    await panel.locator('[data-testid=cosponsorship][data-delegation="Mexico"][data-status="invited"]').waitFor();
    // Invited is not yet a co-sponsor: the card does not name Mexico.
    await expect(card.locator(".amendment-meta").textContent()).resolves.not.toContain("Mexico");

    // Mexico sees the invitation among its tasks and accepts it.
    const mexico = people.mexico!.page;
    await mexico.goto("/");
    const task = mexico.locator(`[data-testid=task][data-kind=cosponsor_invitation][data-amendment="${tabled.number}"]`);
    await task.getByTestId("cosponsor-accept").click();
    await task.waitFor({ state: "detached" });
    await card.locator(".amendment-meta", { hasText: "Mexico" }).waitFor();
    expect(
      (await api("spain", "GET", `/api/v1/drafts/${draftId}/amendments`)).amendments.find((a: Json) => a.id === tabled.id).coSponsors,
    ).toEqual(["Mexico"]);

    // The secretariat filters the list by author and status, then downloads what is left as Excel.
    const sec = people.secretariat!.page;
    await sec.goto(`/drafts/${draftId}`);
    const filters = sec.getByTestId("amendment-filters");
    await choose(sec, filters.getByTestId("filter-author"), "Mexico");
    await choose(sec, filters.getByTestId("filter-status"), lang === "ar" ? "مقدَّم" : "Submitted");
    await sec.locator(`[data-testid=amendment][data-number="${tabled.number}"]`).waitFor();
    await expect(sec.locator("[data-testid=amendment]").count()).resolves.toBe(1);
    if (lang === "ar") await sec.screenshot({ path: join(SCREENSHOTS, "cosponsors-filters-ar.png"), fullPage: false });
    const [download] = await Promise.all([sec.waitForEvent("download"), filters.getByTestId("download-amendments-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`-amendments-${lang}\\.xlsx$`));
    const { rows, rightToLeft } = await readSheet(download);
    expect(rightToLeft).toBe(lang === "ar");
    expect(rows[0]![0]).toBe(lang === "ar" ? "الرقم" : "Number");
    expect(rows.slice(1)).toEqual([
      [
        tabled.number,
        "OP1",
        lang === "ar" ? "تعديل" : "Amend",
        "Spain",
        "Mexico",
        lang === "ar" ? "مقدَّم" : "Submitted",
        null,
        lang === "ar" ? "الإنكليزية" : "English",
        "Calls upon parliaments to act without delay;",
      ],
    ]);
    expect(errors).toEqual([]);
  }, 120_000);
});
