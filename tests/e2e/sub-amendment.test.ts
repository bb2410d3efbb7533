import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

suite.each(["en", "ar"] as const)("an amendment to an amendment, from the screen to the revised text, %s interface", (lang) => {
  let server: RunningServer;
  let browser: Browser;
  const people: Record<string, Person> = {};
  const errors: string[] = [];
  let draftId = "";
  let detail: Json;
  let paragraphs: Json = [];

  const open = async (name: string, link: string): Promise<Page> => {
    people[name] = await openPerson(browser, server.baseUrl, lang, link, (m) => errors.push(`${name}: ${m}`));
    return people[name].page;
  };
  /** An API call in one person's session. */
  const api = (as: string, method: "GET" | "POST", url: string, body?: unknown): Promise<Json> => callApi(people[as]!, method, url, body);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await open("secretariat", server.signInLink);
    const sitting = (await api("secretariat", "GET", "/api/v1/sittings")).sittings[0];
    detail = await api("secretariat", "GET", `/api/v1/sittings/${sitting.id}`);
    draftId = detail.draftResolutions[0].id;
    paragraphs = (await api("secretariat", "GET", `/api/v1/sittings/${sitting.id}/draft-texts`)).drafts[0].paragraphs;
    const csv = [
      "name,parliament,gender,birth year,languages,email,role,delegation",
      "Spain Delegation,Spain,man,1965,es,spain@example.org,,Spain",
      "Kenya Delegation,Kenya,woman,1979,en,kenya@example.org,,Kenya",
    ].join("\n");
    const imported = await api("secretariat", "POST", `/api/v1/setup/events/${detail.event.id}/participants/import`, { csv });
    for (const who of ["spain", "kenya"])
      await open(who, imported.invitations.find((i: Json) => i.email === `${who}@example.org`).link as string);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("one delegation tables an amendment, another amends its wording from the screen, the committee votes the sub-amendment first and the revised text carries it", async () => {
    const op1 = paragraphs.find((p: Json) => p.label === "OP1");
    const tabled = `${(op1.text.versions.en.text as string).replace(/[;.,]$/, "")}, in particular for girls;`;
    const parent = await api("spain", "POST", `/api/v1/drafts/${draftId}/amendments`, {
      action: "amend",
      target: "OP1",
      text: tabled,
      language: "en",
      author: "Spain",
      submit: true,
    });

    const kenya = people.kenya!.page;
    await kenya.goto(`/drafts/${draftId}`);
    const card = kenya.locator(`li.draft-paragraph[data-label="OP1"] [data-testid=amendment][data-number="${parent.number}"]`);
    await card.getByTestId("amend-amendment").click();
    const form = card.getByTestId("sub-amendment-form");
    await expect(form.getByTestId("sub-amendment-text").inputValue()).resolves.toBe(tabled);
    await form.getByTestId("sub-amendment-text").fill(tabled.replace("girls", "girls and boys"));
    await form.getByTestId("sub-amendment-preview").locator("ins.tc-ins", { hasText: "and boys" }).waitFor();
    // Kenya's delegation is the one author the data offers this delegate: the form chooses it.
    await form.getByTestId("sub-amendment-author").filter({ hasText: "Kenya" }).waitFor();
    // Spain, a delegation of the event, co-sponsors it.
    const sponsors = form.getByTestId("sub-amendment-author-co-sponsors");
    await sponsors.locator("summary").click();
    await sponsors.getByText("Spain", { exact: true }).click();
    await form.getByTestId("sub-amendment-submit").click();
    const sub = kenya.locator(`li.draft-paragraph[data-label="OP1"] [data-testid=amendment][data-amends="${parent.number}"]`);
    await sub.waitFor();
    const subNumber = Number(await sub.getAttribute("data-number"));
    const listed = (await api("kenya", "GET", `/api/v1/drafts/${draftId}/amendments`)).amendments as Json[];
    const subId = listed.find((a) => a.number === subNumber)!.id as string;
    expect(listed.find((a) => a.id === subId)!.parent).toBe(parent.id);
    // Spain is invited to co-sponsor, and named on the amendment once it accepts.
    expect(listed.find((a) => a.id === subId)!.coSponsors).toEqual([]);
    const invited = (await api("spain", "GET", "/api/v1/me/cosponsor-invitations")).invitations as Json[];
    expect(invited.map((i) => i.amendment.id)).toEqual([subId]);
    await expect(sub.getByTestId("amendment-changes").locator("ins").allTextContents()).resolves.toEqual([
      expect.stringContaining("and boys"),
    ]);

    const sec = people.secretariat!.page;
    await sec.goto(`/drafts/${draftId}/committee`);
    const place = sec.locator('[data-testid=committee-voting-order] [data-testid=voting-place][data-label="OP1"]');
    await place.waitFor();
    await expect(
      place
        .getByTestId("voting-item")
        .evaluateAll((items) => items.map((i) => [i.getAttribute("data-amendment"), i.getAttribute("data-amends")])),
    ).resolves.toEqual([
      [subId, parent.id],
      [parent.id, ""],
    ]);
    await sec.screenshot({ path: join(SCREENSHOTS, `sub-amendment-committee-${lang}.png`), fullPage: true });

    const compiled = sec.locator('[data-testid=compiled-place][data-label="OP1"]');
    await compiled
      .locator(
        `[data-testid=wording][data-amends="${parent.number}"] [data-testid=compiled-amendment][data-number="${subNumber}"] [data-testid=decide-accept]`,
      )
      .click();
    await sec.getByTestId("confirm-dialog").getByTestId("confirm-yes").click();
    await compiled.locator(`[data-testid=compiled-amendment][data-number="${subNumber}"][data-status="accepted"]`).waitFor();
    await compiled.locator(`[data-testid=compiled-amendment][data-number="${parent.number}"] [data-testid=decide-accept]`).click();
    await sec.getByTestId("confirm-dialog").getByTestId("confirm-yes").click();
    await compiled.locator(`[data-testid=compiled-amendment][data-number="${parent.number}"][data-status="accepted"]`).waitFor();

    await sec.getByTestId("produce-revision").click();
    await sec.getByTestId("open-revised").click();
    await sec.locator('[data-testid=committee-page][data-stage="revised"]').waitFor();
    await expect(sec.locator('[data-testid=revised-paragraph][data-label="OP1"]').textContent()).resolves.toContain(
      "in particular for girls and boys;",
    );
    expect(errors).toEqual([]);
  }, 120_000);
});
