import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, printSkipNotice } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

const chooseLanguage = async (page: Page, endonym: string) => {
  await page.getByTestId("language-switcher").selectOption({ label: endonym });
};

const paragraph = (page: Page, label: string): Locator => page.locator(`li.draft-paragraph[data-label="${label}"]`);
const amendmentCard = (scope: Locator, number: number): Locator => scope.locator(`[data-testid=amendment][data-number="${number}"]`);

suite("the draft resolution page in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** A second window on the same draft, never reloaded: it must follow the changes live. */
  let watcher: Page;
  let draftUrl = "";
  const pageErrors: string[] = [];
  const FORUM = "Forum of Women Parliamentarians";
  /** Picks the author of the open proposal from the names the data offers. */
  const chooseAuthor = async (scope: Locator, name: string) => {
    await scope.getByTestId("propose-author").click();
    await page.getByRole("option", { name, exact: true }).click();
    await scope.getByTestId("propose-author").filter({ hasText: name }).waitFor();
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in as the secretariat with the one-time link and opens the draft from the sitting", async () => {
    await page.goto(server.signInLink);
    await page.getByText("You are signed in").waitFor();
    await page.goto("/");
    await page.getByRole("link", { name: "Contributing to the work of the 143rd IPU Assembly from a gender perspective" }).first().click();
    await page.getByTestId("open-draft").click();
    await paragraph(page, "OP2").waitFor();
    await page.locator("h1").waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/drafts\//);
    draftUrl = page.url();
    await expect(page.locator("li.draft-paragraph").count()).resolves.toBeGreaterThan(5);

    watcher = await context.newPage();
    watcher.setDefaultTimeout(15_000);
    watcher.on("pageerror", (error) => pageErrors.push(error.message));
    await watcher.goto(draftUrl);
    await paragraph(watcher, "OP2").waitFor();
    await watcher.getByText("Live: this page updates itself").waitFor();
  });

  it("proposes an amendment to OP2 with a live tracked-changes preview, and submits it", async () => {
    const op2 = paragraph(page, "OP2");
    await op2.getByRole("button", { name: "Propose an amendment to OP2" }).click();
    const text = op2.getByTestId("propose-text");
    const original = await text.inputValue();
    expect(original.length).toBeGreaterThan(20);
    const changed = original.replace(/^(\S+\s+\S+)\s+\S+/, "$1 urgently");
    await text.fill(changed);
    await text.pressSequentially(" and without delay", { delay: 5 });
    const preview = op2.getByTestId("live-preview");
    await preview.locator("ins.tc-ins", { hasText: "without delay" }).waitFor();
    await expect(preview.locator("ins.tc-ins").count()).resolves.toBeGreaterThan(0);
    await expect(preview.locator("del.tc-del").count()).resolves.toBeGreaterThan(0);
    const ins = await preview
      .locator("ins.tc-ins")
      .first()
      .evaluate((e) => getComputedStyle(e));
    expect(Number(ins.fontWeight)).toBeGreaterThanOrEqual(700);
    expect(ins.textDecorationLine).toContain("underline");
    const del = await preview
      .locator("del.tc-del")
      .first()
      .evaluate((e) => getComputedStyle(e).textDecorationLine);
    expect(del).toContain("line-through");
    // The secretariat names the author from the data: here the body it tables for.
    await chooseAuthor(op2, FORUM);
    await page.screenshot({ path: join(SCREENSHOTS, "draft-propose-en.png"), fullPage: false, clip: undefined });

    await op2.getByRole("button", { name: "Submit the amendment" }).click();
    const card = amendmentCard(op2, 1);
    await card.getByText("Submitted").waitFor();
    await expect(card.locator("ins.tc-ins").count()).resolves.toBeGreaterThan(0);
    await amendmentCard(paragraph(watcher, "OP2"), 1).getByText("Submitted").waitFor();
  });

  it("accepts it as the secretariat; the other window follows without reloading", async () => {
    const card = amendmentCard(paragraph(page, "OP2"), 1);
    await card.getByRole("button", { name: "Accept", exact: true }).click();
    await page.getByTestId("confirm-dialog").getByTestId("confirm-yes").click();
    await card.getByText("Accepted").waitFor();
    await paragraph(page, "OP2").getByTestId("revision").waitFor();
    await amendmentCard(paragraph(watcher, "OP2"), 1).getByText("Accepted").waitFor();
  });

  it("inserts a new paragraph after OP2 and accepts it, so that the paragraphs after it are renumbered", async () => {
    const op2 = paragraph(page, "OP2");
    await op2.getByRole("button", { name: "Propose an amendment to OP2" }).click();
    await op2.getByRole("radio", { name: "Insert a new paragraph after it" }).check({ force: true });
    await op2.getByTestId("propose-text").fill("Invites parliaments to hear girls and young women when drafting such laws;");
    await op2.getByTestId("live-preview").locator("ins.tc-ins").waitFor();
    // A paper amendment: the secretariat types the author as written on the paper, and the amendment says so.
    await op2.getByTestId("propose-author-paper").click();
    await op2.getByTestId("propose-author-paper-author").fill("Delegation of Atlantis");
    await op2.getByRole("button", { name: "Submit the amendment" }).click();
    const card = amendmentCard(op2, 2);
    await card.getByText("Submitted").waitFor();
    await expect(card.getByTestId("paper-amendment").textContent()).resolves.toContain("paper amendment");
    await card.getByRole("button", { name: "Accept", exact: true }).click();
    await page.getByTestId("confirm-dialog").getByTestId("confirm-yes").click();
    await card.getByText("Accepted").waitFor();
  });

  it("shows the consolidated preview with the change, the renumbering and the voting order", async () => {
    await page.getByRole("tab", { name: "Consolidated preview" }).click();
    const row = page.locator('[data-testid=consolidated-row][data-previous="OP2"]');
    await row.waitFor();
    await expect(row.locator("ins.tc-ins").count()).resolves.toBeGreaterThan(0);
    await expect(row.locator("del.tc-del").count()).resolves.toBeGreaterThan(0);
    await page.locator('[data-testid=consolidated-row][data-previous="new operative paragraph 2bis"][data-label="OP3"]').waitFor();
    await page.locator('[data-testid=consolidated-row][data-previous="OP3"][data-label="OP4"]').waitFor();
    await expect(page.getByTestId("renumbering").textContent()).resolves.toContain("OP3 → OP4");
    await expect(page.getByTestId("voting-order").textContent()).resolves.toContain("OP2");
    await page.screenshot({ path: join(SCREENSHOTS, "draft-consolidated-en.png"), fullPage: true });
  });

  it("shows English and Arabic side by side, each column in its own direction, in the English and the Arabic interface", async () => {
    await page.getByRole("tab", { name: "Text and amendments" }).click();
    await page.getByTestId("side-by-side").click();
    const op2 = paragraph(page, "OP2");
    await op2.locator('.language-cell[data-language="en"][dir="ltr"]').waitFor();
    await op2.locator('.language-cell[data-language="ar"][dir="rtl"]').waitFor();
    await op2.locator('.language-cell[data-language="ar"] .revision').getByText("Translation needed").waitFor();
    await op2.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "draft-side-by-side-en.png"), fullPage: true });

    await chooseLanguage(page, "العربية");
    await page.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    await page.getByText("جنباً إلى جنب").waitFor();
    const cells = op2.locator(".language-cell");
    await expect(cells.first().getAttribute("data-language")).resolves.toBe("ar");
    await op2.locator('.language-cell[data-language="ar"] .revision').getByText("تحتاج إلى ترجمة").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "draft-side-by-side-ar.png"), fullPage: true });
    await page.getByRole("tab", { name: "المعاينة الموحدة" }).click();
    await page.locator('[data-testid=consolidated-row][data-previous="OP3"][data-label="OP4"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "draft-consolidated-ar.png"), fullPage: true });
    await chooseLanguage(page, "English");
    await page.locator("html[dir=ltr][lang=en]").waitFor({ state: "attached" });
  });

  it("raised no script errors in the pages", () => {
    expect(pageErrors).toEqual([]);
  });
});
