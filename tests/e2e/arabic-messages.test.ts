import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, callApi, launchChromium, openPerson, printSkipNotice, type Json, type Person } from "./browser.js";
import { latinOnArabicScreen } from "./latin-on-arabic.js";
import { startServer, type RunningServer } from "./server.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots/arabic-messages");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** Latin words in a text once the values isolated inside it (U+2068 … U+2069: a file's words, a name) are taken out. */
const latinWords = (text: string): string[] => text.replace(/\u2068[^\u2069]*\u2069/g, "").match(/[A-Za-z]{2,}/g) ?? [];

/** A plain-text draft whose import has something to say: front matter, a heading inside the text, a number out of order. */
const DRAFT = [
  "Inter-Parliamentary Union",
  "143rd IPU Assembly",
  "C-III/143/DR",
  "Legislation worldwide to combat online child sexual exploitation and abuse",
  "The 143rd Assembly of the Inter-Parliamentary Union,",
  "Recalling the Convention on the Rights of the Child,",
  "The parliaments of the world",
  "1. Calls upon parliaments to act;",
  "5. Urges governments to legislate;",
].join("\n");

/** What the server says is worded in the Arabic interface: refusals, the import's reasons, and numbers in the chosen digits. */
suite("the server's words in the Arabic interface", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  let page: Page;
  let sittingId = "";
  let recommendationId = "";
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = await openPerson(browser, server.baseUrl, "ar", server.signInLink, (m) => errors.push(m));
    page = secretariat.page;
    const sitting = (await callApi(secretariat, "GET", "/api/v1/sittings")).sittings[0] as Json;
    sittingId = sitting.id as string;
    const detail = await callApi(secretariat, "GET", `/api/v1/sittings/${sittingId}`);
    const groupId = detail.groups[0].id as string;
    // The body refuses a vote without quorum, and needs three members of the group present; nobody has checked in.
    const now = await callApi(secretariat, "GET", `/api/v1/sittings/${sittingId}/attendance`);
    await callApi(secretariat, "PUT", `/api/v1/bodies/${sitting.body.id as string}/quorum-rule`, {
      version: now.ruleVersion,
      rule: { ...now.rule, minimum: { kind: "count", members: 3 }, whenMissing: "refuse" },
    });
    const started = await callApi(secretariat, "POST", `/api/v1/groups/${groupId}/recommendations`, {
      draftId: detail.draftResolutions[0].id as string,
    });
    recommendationId = (started.recommendation?.id ?? started.id) as string;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const chooseDigits = async (option: string) => {
    await page.getByTestId("digits-switcher").selectOption({ label: option });
    await expect
      .poll(() => page.getByTestId("digits-switcher").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text))
      .toBe(option);
  };

  it("refuses to open a vote without quorum in Arabic, and writes its counts in the digits the reader chooses", async () => {
    await page.goto(`/recommendations/${recommendationId}`);
    await page.getByTestId("open-vote").click();
    const refusal = page.getByTestId("action-error");
    await refusal.filter({ hasText: "لا يكتمل النصاب" }).waitFor();
    const latin = await refusal.textContent();
    expect(latin).toContain("الحاضرون المحتسبون 0 من أصل 3 مطلوبين؛ لا يمكن فتح التصويت.");
    expect(latinWords(latin ?? "")).toEqual([]);
    expect(await latinOnArabicScreen(page, "recommendation, Latin digits")).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "vote-refused-latin-digits-ar.png"), fullPage: true });

    await chooseDigits("أرقام مشرقية (١٢٣)");
    // The quorum beside the vote redraws at once; the refusal, asked again, counts in the same digits.
    await page.getByTestId("vote-quorum").filter({ hasText: "٣" }).waitFor();
    await page.getByTestId("open-vote").click();
    await refusal.filter({ hasText: "٠ من أصل ٣" }).waitFor();
    expect(await page.getByTestId("vote-quorum").textContent()).not.toMatch(/[0-9]/);
    await page.screenshot({ path: join(SCREENSHOTS, "vote-refused-arabic-digits-ar.png"), fullPage: true });

    // The choice is kept beside the language: a new page still counts in Arabic-Indic digits, until Latin is chosen again.
    await page.reload();
    await page.getByTestId("vote-quorum").filter({ hasText: "٣" }).waitFor();
    await chooseDigits("أرقام لاتينية (123)");
    await page.getByTestId("vote-quorum").filter({ hasText: "3" }).waitFor();
    expect(await page.getByTestId("vote-quorum").textContent()).not.toMatch(/[٠-٩]/);
    expect(errors).toEqual([]);
  }, 120_000);

  it("gives the import's reasons in Arabic: why a line is front matter, a number was not kept, a paragraph's kind", async () => {
    await page.goto(`/sittings/${sittingId}/import-draft`);
    await page.locator("input[type=file]").setInputFiles({ name: "draft.txt", mimeType: "text/plain", buffer: Buffer.from(DRAFT) });
    await page.getByRole("button", { name: "قراءة الملف" }).click();
    await page.getByTestId("import-table").waitFor();
    const reasons = [
      ...(await page.getByTestId("import-reason").allTextContents()),
      ...(await page.getByTestId("import-skipped-reason").allTextContents()),
    ];
    expect(reasons.length).toBeGreaterThan(5);
    expect(reasons.flatMap(latinWords)).toEqual([]);
    expect(reasons.join("\n")).toContain("من الصفحة الأولى (الترويسة)، وليس فقرة");
    expect(reasons.join("\n")).toMatch(/رقمه 5 والمتوقع 2/);
    expect(await page.getByTestId("import-table").textContent()).toContain("السطر 9");
    expect(await latinOnArabicScreen(page, "import review")).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "import-reasons-ar.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);

  it("gives a participants file's problems in Arabic, row by row, the file's own values isolated", async () => {
    const eventId = (await callApi(secretariat, "GET", `/api/v1/sittings/${sittingId}`)).event.id as string;
    await page.goto(`/setup/events/${eventId}/participants`);
    const csv = ["name,parliament,gender,languages,email,role", "Nadia Saleh,Jordan,robot,ar,not-an-email,participant"].join("\n");
    await page.locator("#csv-text").fill(csv);
    await page.getByRole("button", { name: "تحقق من الملف" }).click();
    const problems = page.getByTestId("import-problems");
    await problems.waitFor();
    const cells = await problems.locator("tbody td:last-child").allTextContents();
    expect(cells.length).toBe(2);
    expect(cells.flatMap(latinWords)).toEqual([]);
    expect(cells.join("\n")).toContain("ليس عنوان بريد إلكتروني");
    await page.screenshot({ path: join(SCREENSHOTS, "participants-problems-ar.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);

  it("says in Arabic why a file cannot be read", async () => {
    await page.goto(`/sittings/${sittingId}/import-draft`);
    await page
      .locator("input[type=file]")
      .setInputFiles({ name: "draft.docx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip") });
    await page.getByRole("button", { name: "قراءة الملف" }).click();
    const refusal = page.getByTestId("import-error");
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? "";
    expect(text).toContain("ليس بالصيغة المتوقعة أو أنه تالف");
    expect(latinWords(text)).toEqual([]);
    expect(await latinOnArabicScreen(page, "import refused")).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "import-refused-ar.png"), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
