import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** What has the keyboard focus, as a screen reader would name it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "";
    const labelled = el.getAttribute("aria-labelledby");
    const byId = labelled
      ? labelled
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
      : "";
    return (el.getAttribute("aria-label") ?? (byId || el.innerText || el.textContent || "")).replace(/\s+/g, " ").trim();
  });

/** Presses Tab until the focus is on what NAME matches, as a keyboard user would; fails after 80 presses. */
const tabTo = async (page: Page, name: RegExp): Promise<void> => {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (name.test(now)) return;
    seen.push(now);
  }
  throw new Error(`No focusable element named ${name} after 80 Tabs; the focus went through: ${seen.join(" | ")}`);
};

suite("a delegate with the keyboard alone, and with the connection lost", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  let delegate: Person;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    secretariat = await openPerson(browser, server.baseUrl, "en", server.signInLink, (m) => errors.push(m));
    const eventId = ((await callApi(secretariat, "GET", "/api/v1/events")).events as Json[])[0]!.id as string;
    const added = await callApi(secretariat, "POST", `/api/v1/setup/events/${eventId}/participants`, {
      name: "Kofi Mensah",
      parliament: "Ghana",
      email: "kofi.mensah@example.org",
      gender: "man",
      ageBand: "30-44",
      languages: ["en"],
    });
    const invitation = await callApi(secretariat, "POST", `/api/v1/setup/participants/${added.id as string}/invitation`, {
      sendMail: false,
    });
    delegate = await openPerson(browser, server.baseUrl, "en", invitation.link as string, (m) => errors.push(m));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("goes from the start page's next step to a group, joins it and asks for the floor without a mouse", async () => {
    const { page } = delegate;
    await page.goto("/");
    await page.getByTestId("tasks").getByRole("link", { name: "Choose your discussion group" }).waitFor();
    await tabTo(page, /^Choose your discussion group$/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/sittings\//);

    await page.getByTestId("open-group").first().waitFor();
    await tabTo(page, /^Open the group's page$/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/groups\//);

    await page.getByRole("button", { name: "Join this group" }).waitFor();
    await tabTo(page, /^Join this group$/);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Ask for the floor" }).waitFor();

    await tabTo(page, /^Ask for the floor$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("my-place").waitFor();
    expect(await page.getByTestId("my-place").textContent()).toMatch(/1/);
    expect(errors).toEqual([]);
  });

  it("says the connection is lost, refuses to pretend a request was sent, and recovers when it is back", async () => {
    const { page, context } = delegate;
    await page.getByRole("button", { name: "Raise a point of order" }).waitFor();
    await context.setOffline(true);
    await page.getByText("Connection lost — reconnecting…").waitFor();

    await page.getByRole("button", { name: "Raise a point of order" }).click();
    await page.getByText("You are offline; your request was not sent.").waitFor();

    await context.setOffline(false);
    await page.getByText("Back online").waitFor();
    await page.getByRole("button", { name: "Raise a point of order" }).click();
    await expect
      .poll(
        async () => (await callApi(delegate, "GET", page.url().replace(/^.*\/groups\/([^/?#]+).*$/, "/api/v1/groups/$1/speakers"))).queue,
      )
      .toEqual(expect.arrayContaining([expect.objectContaining({ name: "Kofi Mensah", kind: "point_of_order" })]));
    expect(errors).toEqual([]);
  });
});
