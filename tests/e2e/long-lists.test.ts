import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, printSkipNotice } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

const AMENDMENTS = 150;
const FORUM = "Forum of Women Parliamentarians";

interface DraftAnswer {
  readonly paragraphs: readonly { readonly id: string; readonly label: string; readonly text: { versions: { en?: { text: string } } } }[];
}

/** Tables many amendments through the API, as the signed-in secretariat, each with a word no other has. */
const tableAmendments = (page: Page, draftId: string, count: number) =>
  page.evaluate(
    async ({ draftId, count, author }) => {
      const session = (await (await fetch("/api/v1/session")).json()) as { csrfToken: string };
      const draft = (await (await fetch(`/api/v1/drafts/${draftId}`)).json()) as DraftAnswer;
      for (let i = 0; i < count; i++) {
        const p = draft.paragraphs[i % draft.paragraphs.length]!;
        const response = await fetch(`/api/v1/drafts/${draftId}/amendments`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
          body: JSON.stringify({
            action: "amend",
            target: p.id,
            text: `${p.text.versions.en?.text ?? ""} marker${i}`,
            language: "en",
            author,
            submit: true,
          }),
        });
        if (!response.ok) throw new Error(`amendment ${i}: ${response.status} ${await response.text()}`);
      }
      return draft.paragraphs.length;
    },
    { draftId, count, author: FORUM },
  );

suite("long amendment lists in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let draftId = "";
  let paragraphs = 0;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(server.signInLink);
    await page.getByText("You are signed in").waitFor();
    await page.goto("/");
    await page.getByRole("link", { name: "Contributing to the work of the 143rd IPU Assembly from a gender perspective" }).first().click();
    await page.getByTestId("open-draft").click();
    await page.locator("li.draft-paragraph").first().waitFor();
    draftId = decodeURIComponent(new URL(page.url()).pathname.split("/")[2] ?? "");
    paragraphs = await tableAmendments(page, draftId, AMENDMENTS);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the draft page renders only the paragraphs on screen, each with its own amendments", async () => {
    await page.goto(`/drafts/${draftId}`);
    await page.locator("ol.draft-paragraphs[data-virtual=on] li.draft-paragraph").first().waitFor();
    const shownParagraphs = await page.locator("li.draft-paragraph").count();
    const shownCards = await page.locator("[data-testid=amendment]").count();
    expect(shownParagraphs).toBeLessThan(paragraphs);
    expect(shownCards).toBeGreaterThan(0);
    expect(shownCards).toBeLessThan(AMENDMENTS);
    // Each paragraph row says where it sits in the whole list.
    const first = page.locator("li.draft-paragraph").first();
    await expect(first.getAttribute("aria-setsize")).resolves.toMatch(/^\d+$/);
    // A card is named by its number and what it does.
    await expect(page.locator("[data-testid=amendment]").first().getAttribute("aria-labelledby")).resolves.toMatch(/^amendment-head-/);
  });

  it("the search finds an amendment that was not rendered, by a word of its text or its number, and says how many match", async () => {
    const last = `marker${AMENDMENTS - 1}`;
    await expect(page.getByText(last).count()).resolves.toBe(0);
    const search = page.getByRole("searchbox", { name: "Search the amendments" });
    await search.fill(last);
    const card = page.locator("[data-testid=amendment]", { hasText: last });
    await card.waitFor();
    await expect(page.locator("[data-testid=amendment]").count()).resolves.toBe(1);
    await expect(page.getByTestId("amendment-search-count").textContent()).resolves.toBe("1 amendment matches");
    const number = await card.getAttribute("data-number");
    await search.fill(`#${number}`);
    await page.getByTestId("amendment-search-count").getByText("1 amendment matches").waitFor();
    await expect(page.locator("[data-testid=amendment]").getAttribute("data-number")).resolves.toBe(number);
    await search.fill("OP1");
    await page.locator('li.draft-paragraph[data-label="OP1"]').waitFor();
    await expect(page.locator("li.draft-paragraph").count()).resolves.toBe(1);
    await search.fill("");
    await expect(page.getByTestId("amendment-search-count").textContent()).resolves.toBe("");
  });

  it("Ctrl+F goes to the search box while rows are hidden", async () => {
    await page.locator("h1").click();
    await page.keyboard.press("Control+f");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("type"))).resolves.toBe("search");
  });

  it("the keyboard reaches every row: tabbing onwards renders the next rows, and the focused row stays while it scrolls away", async () => {
    await page.goto(`/drafts/${draftId}`);
    const operative = page.locator('section[aria-labelledby="heading-operative"]');
    await operative.locator("h2").scrollIntoViewIfNeeded();
    const rows = operative.locator("li.draft-paragraph");
    await rows.first().waitFor();
    const lastShown = Number(await rows.last().getAttribute("data-index"));
    expect(lastShown + 1).toBeLessThan(Number(await rows.last().getAttribute("aria-setsize")));
    // From the last button of the last row rendered, Tab goes on into a row that was not rendered before.
    await rows.last().locator("button").last().focus();
    const rowOfFocus = () =>
      page.evaluate(() =>
        Number(
          document.activeElement?.closest('section[aria-labelledby="heading-operative"] li.draft-paragraph')?.getAttribute("data-index") ??
            NaN,
        ),
      );
    let reached = await rowOfFocus();
    for (let i = 0; i < 100 && reached <= lastShown; i++) {
      await page.keyboard.press("Tab");
      const now = await rowOfFocus();
      if (!Number.isNaN(now)) reached = Math.max(reached, now);
    }
    expect(reached).toBeGreaterThan(lastShown);
    // Scrolled far away, the row that holds the focus stays rendered, and the focus with it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await expect(rowOfFocus()).resolves.toBe(reached);
  });

  it("the committee page renders only the places on screen and searches them", async () => {
    await page.goto(`/drafts/${draftId}/committee`);
    // The secretariat's own amendments, listed first to withdraw, push the compilation down the page.
    await page.locator("#compilation-heading").scrollIntoViewIfNeeded();
    await page.locator(".compiled-places[data-virtual=on] [data-testid=compiled-place]").first().waitFor();
    await expect(page.locator("[data-testid=compiled-place]").count()).resolves.toBeLessThan(paragraphs);
    await page.getByRole("searchbox", { name: "Search the amendments" }).fill(`marker${AMENDMENTS - 2}`);
    await page.getByTestId("compilation-search-count").getByText("1 amendment matches").waitFor();
    await expect(page.locator("[data-testid=compiled-place]").count()).resolves.toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
