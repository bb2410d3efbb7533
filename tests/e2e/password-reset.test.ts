import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, printSkipNotice } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** The reset link of the newest mail written to the server's log (no SMTP_URL in the browser tests). */
const lastResetLink = (output: string): string | undefined =>
  [...output.matchAll(/http:\/\/localhost:\d+\/sign-in\/reset\?token=[^\s]+/g)].at(-1)?.[0];

suite("a forgotten password, from the sign-in page to a new password", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: server.baseUrl, locale: "en" });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("mails a reset link, says what is wrong on the first press, and saves on the first valid press", async () => {
    await page.goto("/sign-in/forgot");
    await page.getByLabel("Email", { exact: true }).fill("admin@rapporteur.local");
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByText("a link to choose a new password is on its way").waitFor();
    const deadline = Date.now() + 15_000;
    while (lastResetLink(server.output()) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const link = lastResetLink(server.output());
    expect(link).toBeDefined();

    await page.goto(link!);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await page.getByLabel("New password").fill("too short");
    await page.getByLabel("Repeat the password").fill("too short");
    const requests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/password-reset/confirm")) requests.push(r.url());
    });
    await page.getByRole("button", { name: "Save and sign in" }).click();
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain("at least 12 characters");
    expect(requests).toEqual([]);

    await page.getByLabel("New password").fill("Hall Roma guiding questions 2021");
    await page.getByLabel("Repeat the password").fill("Hall Roma guiding questions 2021");
    await page.getByRole("button", { name: "Save and sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(requests).toHaveLength(1);
    const session = (await page.evaluate(() => fetch("/api/v1/session").then((r) => r.json()))) as { account: { email: string } | null };
    expect(session.account?.email).toBe("admin@rapporteur.local");
  });
});
