import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

suite("the secretariat manages participants on screen", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  let eventId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    secretariat = await openPerson(browser, server.baseUrl, "en", server.signInLink, (m) => errors.push(m));
    const events = await callApi(secretariat, "GET", "/api/v1/events");
    eventId = (events.events as Json[])[0]!.id as string;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const participants = async (): Promise<Json[]> =>
    (await callApi(secretariat, "GET", `/api/v1/setup/events/${eventId}/participants`)).participants as Json[];

  it("adds a participant, makes them presiding officer, re-invites them by mail, and the Arabic screen reads right to left", async () => {
    const { page } = secretariat;
    await page.goto(`/setup/events/${eventId}/participants`);
    const form = page.getByTestId("participant-form").first();
    await form.getByRole("textbox", { name: "Full name", exact: true }).fill("Salma Idrissi");
    await form.getByRole("textbox", { name: "Parliament", exact: true }).fill("Morocco");
    await form.getByRole("textbox", { name: "Email", exact: true }).fill("salma.idrissi@example.org");
    await form.getByRole("combobox", { name: "Gender", exact: true }).selectOption("woman");
    await form.getByRole("combobox", { name: "Age band", exact: true }).selectOption("45-59");
    await form.getByRole("combobox", { name: "Language", exact: true }).selectOption("ar");
    await form.getByRole("button", { name: "Add the participant" }).click();
    await page.getByText("Salma Idrissi added.").waitFor();
    const row = page.getByTestId("participant").filter({ hasText: "Salma Idrissi" });
    await row.waitFor();
    expect(await row.getByTestId("participant-roles").textContent()).toBe("Participant");

    await row.getByRole("button", { name: "Edit Salma Idrissi" }).click();
    const edit = page.getByTestId("participant-form").nth(1);
    const presiding = edit.getByRole("checkbox", { name: /^Presiding officer of / }).first();
    await presiding.check();
    await edit.getByRole("button", { name: "Save" }).click();
    await page.getByText("Salma Idrissi saved.").waitFor();
    await expect.poll(async () => row.getByTestId("participant-roles").textContent()).toMatch(/Presiding officer \(.+\)/);
    const salma = (await participants()).find((p) => p.name === "Salma Idrissi")!;
    expect(salma.roles).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: "presiding_officer", scope: expect.stringMatching(/^body:/) })]),
    );

    await row.getByRole("button", { name: "New link for Salma Idrissi" }).click();
    const first = (await row.getByTestId("invitation-link").textContent())!;
    await row.getByRole("button", { name: "Send by e-mail a new sign-in link to Salma Idrissi" }).click();
    await row.getByText("Queued for e-mail").waitFor();
    await expect.poll(async () => row.getByTestId("invitation-link").textContent()).not.toBe(first);
    const mailed = (await callApi(secretariat, "GET", "/api/v1/mail")).mail as Json[];
    expect(mailed.find((m) => m.recipient === "salma.idrissi@example.org")).toMatchObject({ kind: "invitation", language: "ar" });
    // The first link, tried from outside any session, no longer signs in.
    const stale = await fetch(`${server.baseUrl}/api/v1/session/link`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: decodeURIComponent(first.split("token=")[1]!) }),
    });
    expect(stale.status).toBe(401);

    await row.getByRole("button", { name: /^Deactivate Salma Idrissi/ }).click();
    await page.getByText("Salma Idrissi is deactivated").waitFor();
    expect((await participants()).find((p) => p.name === "Salma Idrissi")?.active).toBe(false);

    await page.getByTestId("language-switcher").selectOption({ label: "العربية" });
    await page.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    await page.getByRole("heading", { name: "إضافة مشارك" }).waitFor();
    expect(await row.getByTestId("participant-roles").textContent()).toMatch(/^مشارك، رئيس الجلسة/);
    await page.getByRole("button", { name: "إعادة تفعيل Salma Idrissi" }).click();
    await expect.poll(async () => (await participants()).find((p) => p.name === "Salma Idrissi")?.active).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
