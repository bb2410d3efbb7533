import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, printSkipNotice } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots");
const ADMIN_EMAIL = "admin@rapporteur.local";
const PASSWORD = "a long pass phrase for the secretariat";
/** The README shows the top of the sitting: its heading, the information note and its groups. */
const README_CLIP = { x: 0, y: 0, width: 1280, height: 1500 };

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

const visible = (page: Page, text: string) => page.getByText(text, { exact: false }).first().waitFor({ state: "visible" });

const chooseLanguage = async (page: Page, endonym: string) => {
  await page.getByTestId("language-switcher").selectOption({ label: endonym });
};

suite("the reference sitting in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in with the one-time link and sets a password", async () => {
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Events and sittings" }).waitFor();

    await page.goto(server.signInLink);
    await visible(page, "You are signed in");
    await page.getByLabel("New password").fill(PASSWORD);
    await page.getByLabel("Repeat the password").fill(PASSWORD);
    await page.getByRole("button", { name: "Save the password" }).click();
    await visible(page, "Your password has been saved.");
    expect(new URL(page.url()).search).not.toContain("token");
  });

  it("signs out, refuses a wrong password, and signs in with the right one", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();

    await page.getByLabel("Email").fill(ADMIN_EMAIL);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("The email or password is not correct.");

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("account-name").waitFor();
    await page.getByRole("heading", { level: 1, name: "Events and sittings" }).waitFor();
  });

  it("shows the sitting in English with its document, groups, halls and illustrative draft", async () => {
    await page.getByRole("link", { name: "Contributing to the work of the 143rd IPU Assembly from a gender perspective" }).first().click();
    await visible(page, "FEM/32/5.Inf-1");
    for (const text of ["Hall Madrid", "1st floor", "Hall Roma", "2nd floor", "26 November 2021", "11.30 a.m. to 1 p.m.", "Item 5"]) {
      await visible(page, text);
    }
    await visible(page, "How can parliaments create legislation and policies to combat online sexual exploitation");
    await expect(page.getByTestId("group-card").count()).resolves.toBe(2);

    const notice = page.getByTestId("illustrative-notice");
    await notice.waitFor({ state: "visible" });
    await expect(notice.textContent()).resolves.toMatch(/Illustrative text.*not the IPU's draft resolution/s);
    await visible(page, "PP1");
    await visible(page, "OP1");
    await expect(page.locator("sup.footnote-call a").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText("Translation missing").count()).resolves.toBe(0);

    await page.mouse.move(0, 0);
    const path = join(SCREENSHOTS, "sitting-en.png");
    await page.screenshot({ path, fullPage: true });
    if (process.env.RAPPORTEUR_UPDATE_SCREENSHOT === "1") {
      mkdirSync(join(ROOT, "docs"), { recursive: true });
      await page.screenshot({ path: join(ROOT, "docs/screenshot-sitting.png"), fullPage: true, clip: README_CLIP });
    }
  });

  it("shows the sitting in Arabic, right to left, and remembers the choice", async () => {
    await chooseLanguage(page, "العربية");
    await page.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    for (const text of ["قاعة مدريد", "الطابق الأول", "قاعة روما", "26 تشرين الثاني/نوفمبر 2021", "من 11:30 ولغاية 13:00"]) {
      await visible(page, text);
    }
    await expect(page.getByText("الترجمة غير متوفرة").count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "sitting-ar.png"), fullPage: true });

    await page.reload();
    await page.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    await visible(page, "قاعة مدريد");
  });

  it("says when a French translation is missing instead of showing another language as French", async () => {
    await chooseLanguage(page, "Français");
    await page.locator("html[dir=ltr][lang=fr]").waitFor({ state: "attached" });
    await visible(page, "26 novembre 2021");
    const notice = page.locator(".notice-missing").first();
    await notice.waitFor({ state: "visible" });
    await expect(notice.textContent()).resolves.toContain("Traduction manquante");
    await expect(notice.textContent()).resolves.toContain("langue originale (anglais)");
    await page.locator('h1 [lang="en"], h1[lang="en"]').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "sitting-fr.png"), fullPage: true });
    await chooseLanguage(page, "English");
    await page.locator("html[dir=ltr][lang=en]").waitFor({ state: "attached" });
  });

  it("raised no script errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
