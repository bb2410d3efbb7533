import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, printSkipNotice, shown } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots");
const HEADER = "name,parliament,gender,birth year,languages,email,role,delegation";
const ROWS = [
  'Ana García,Spain,woman,1980,"en, es",ana@example.org,,',
  'Karim Haddad,Lebanon,man,1975,"ar, fr",karim@example.org,,',
  "Lina Haddad,Lebanon,woman,1999,ar,lina@example.org,,",
  "Tomás Ruiz,Chile,man,1990,es,tomas@example.org,,",
];
const BAD_ROWS = [...ROWS.slice(0, 2), "Lina Haddad,Lebanon,robot,1999,ar,lina@example.org,,", ROWS[3] as string];

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

const chooseLanguage = async (page: Page, endonym: string) => {
  await page.getByTestId("language-switcher").selectOption({ label: endonym });
};

/** Fills a multilingual field's English and, when given, Arabic lines. */
const fillMl = async (scope: Locator, field: string, english: string, arabic?: string) => {
  await scope.getByLabel(`${field} in English`, { exact: true }).fill(english);
  if (arabic !== undefined) await scope.getByLabel(`${field} in Arabic`, { exact: true }).fill(arabic);
};

suite("the secretariat sets up a sitting from nothing", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let eventUrl = "";

  beforeAll(async () => {
    process.env.RAPPORTEUR_EMPTY = "1";
    try {
      server = await startServer();
    } finally {
      delete process.env.RAPPORTEUR_EMPTY;
    }
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

  it("signs in with the printed link and finds the Set-up in the header", async () => {
    await page.goto(server.signInLink);
    await page.getByText("You are signed in").first().waitFor();
    await page.getByTestId("setup-link").click();
    await page.getByRole("heading", { level: 1, name: "Set-up" }).waitFor();
    await page.getByText("No event yet.").waitFor();
  });

  it("creates an event in English and Arabic, and says which field is wrong", async () => {
    await page.getByRole("button", { name: "New event" }).click();
    const form = page.getByRole("form", { name: "Create an event" });
    await form.getByLabel("Short key").fill("fem-32");
    await form.getByLabel("Français").uncheck();
    await form.getByLabel("Español").uncheck();
    await expect(form.getByLabel("Name in French").count()).resolves.toBe(0);
    await fillMl(form, "Name", "32nd session of the Forum of Women Parliamentarians", "الدورة الثانية والثلاثون لمنتدى النساء البرلمانيات");
    await fillMl(form, "Place", "Madrid, Spain", "مدريد، إسبانيا");
    await fillMl(form, "Organisation", "Inter-Parliamentary Union", "الاتحاد البرلماني الدولي");
    await form.getByLabel("First day").fill("2021-11-26");
    await form.getByLabel("Last day").fill("2021-11-27");
    await form.getByLabel("Time zone").fill("Mars/Olympus");
    await form.getByRole("button", { name: "Create the event" }).click();
    const timeZone = form.getByLabel("Time zone");
    await form.locator("[aria-invalid=true]").first().waitFor();
    await expect(timeZone.getAttribute("aria-invalid")).resolves.toBe("true");
    const describedBy = (await timeZone.getAttribute("aria-describedby")) ?? "";
    await expect(page.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent()).resolves.toMatch(/time zone/i);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).resolves.toBe("true");

    await timeZone.fill("Europe/Madrid");
    await form.getByRole("button", { name: "Create the event" }).click();
    await page.getByRole("heading", { level: 1, name: "32nd session of the Forum of Women Parliamentarians" }).waitFor();
    eventUrl = new URL(page.url()).pathname;
    expect(eventUrl).toMatch(/^\/setup\/events\//);
  });

  it("adds a body, a sitting with agenda item 5, and a document", async () => {
    await page.getByRole("button", { name: "Add a body" }).click();
    const body = page.getByRole("form", { name: "Add a body" });
    await body.getByLabel("Short key").fill("forum");
    await fillMl(body, "Name", "Forum of Women Parliamentarians", "منتدى النساء البرلمانيات");
    await body.getByRole("button", { name: "Add the body" }).click();
    await page.getByTestId("setup-bodies").getByText("Forum of Women Parliamentarians").waitFor();

    await page.getByRole("button", { name: "Add a sitting" }).click();
    const sitting = page.getByRole("form", { name: "Add a sitting" });
    await sitting.getByLabel(/^Number/).fill("32");
    await sitting.getByLabel(/^Date/).fill("2021-11-26");
    await sitting.getByLabel("Starts at").fill("11:30");
    await sitting.getByLabel("Ends at").fill("13:00");
    await fillMl(sitting, "Title", "Forum of Women Parliamentarians, 32nd session", "منتدى النساء البرلمانيات، الدورة الثانية والثلاثون");
    await fillMl(sitting, "Venue", "IFEMA, Madrid", "إيفيما، مدريد");
    await sitting.getByRole("button", { name: "Add the sitting" }).click();
    const card = page.getByTestId("setup-sitting");
    await card.getByRole("heading", { name: /Sitting 32/ }).waitFor();

    await card.getByRole("button", { name: "Add an agenda item" }).click();
    const item = card.getByRole("form", { name: "Add an agenda item" });
    await item.getByLabel("Item number").fill("5");
    await fillMl(
      item,
      "Title",
      "Contributing to the work of the 143rd Assembly from a gender perspective",
      "الإسهام في أعمال الجمعية الـ143 من منظور النوع الاجتماعي",
    );
    await item.getByRole("button", { name: "Add the item" }).click();
    await card.getByText("Item 5: Contributing to the work of the 143rd Assembly").waitFor();

    await card.getByRole("button", { name: "Add a document" }).click();
    const doc = card.getByRole("form", { name: "Add a document" });
    await doc.getByLabel("Symbol").fill("FEM/32/5.Inf-1");
    await expect(doc.getByLabel("Agenda item").inputValue()).resolves.not.toBe("");
    await fillMl(doc, "Title", "Information note", "مذكرة إعلامية");
    await doc.getByRole("button", { name: "Add the document" }).click();
    await card.getByTestId("setup-document").getByText("FEM/32/5.Inf-1").waitFor();
  });

  it("adds a discussion group with its room and two guiding questions, and reorders them", async () => {
    const card = page.getByTestId("setup-sitting");
    await card.getByRole("button", { name: "Add a discussion group" }).click();
    const group = card.getByRole("form", { name: "Add a discussion group" });
    await group.getByLabel(/^Number/).fill("1");
    await fillMl(group, "Title", "Online sexual exploitation", "الاستغلال الجنسي عبر الإنترنت");
    await fillMl(group, "Hall", "Hall Madrid", "قاعة مدريد");
    await fillMl(group, "Floor", "1st floor", "الطابق الأول");
    await fillMl(group, "Building", "Hall 10", "الجناح 10");
    await group.getByLabel("Seats").fill("40");
    await group.getByRole("button", { name: "Add the group" }).click();
    await card.getByRole("link", { name: "Group 1: Online sexual exploitation" }).click();
    await page.getByRole("heading", { level: 1, name: "Group 1: Online sexual exploitation" }).waitFor();

    const questions: [string, string][] = [
      [
        "How can parliaments legislate against online sexual exploitation?",
        "كيف يمكن للبرلمانات أن تشرّع ضد الاستغلال الجنسي عبر الإنترنت؟",
      ],
      ["What works best to protect children online?", "ما أنجع السبل لحماية الأطفال على الإنترنت؟"],
    ];
    for (const [english, arabic] of questions) {
      await page.getByRole("button", { name: "Add a guiding question" }).click();
      const form = page.getByRole("form", { name: "Add a guiding question" });
      await fillMl(form, "Question", english, arabic);
      await form.getByLabel("Draft translation").nth(1).check();
      await form.getByRole("button", { name: "Add the question" }).click();
      await page.getByTestId("guiding-questions").getByText(english).waitFor();
    }
    await page.getByRole("button", { name: "Move question 2 up" }).click();
    await page.getByTestId("guiding-questions").locator("li").first().getByText(questions[1]![0]).waitFor();
    await expect(page.getByTestId("guiding-questions").locator("li").first().getByText("Draft").count()).resolves.toBe(1);
  });

  it("publishes, edits the published sitting and shows the revision", async () => {
    await page.goto(eventUrl);
    await page.getByTestId("setup-sitting").getByTestId("setup-document").waitFor();
    for (let left = 3; left > 0; left--) {
      await expect(page.getByRole("button", { name: "Publish", exact: true }).count()).resolves.toBe(left);
      await page.getByRole("button", { name: "Publish", exact: true }).first().click();
      await page.getByTestId("confirm-dialog").getByTestId("confirm-yes").click();
      await page
        .getByRole("button", { name: "Withdraw from publication" })
        .nth(3 - left)
        .waitFor();
    }
    await expect(page.getByRole("button", { name: "Publish", exact: true }).count()).resolves.toBe(0);

    const card = page.getByTestId("setup-sitting");
    await card.getByRole("button", { name: "Edit sitting 32" }).click();
    const form = card.getByRole("form", { name: "Edit the sitting" });
    await form.getByLabel("Starts at").fill("12:00");
    await form.getByLabel("Venue in English").fill("IFEMA, Madrid, Hall 10");
    await form.getByRole("button", { name: "Save" }).click();
    await card.getByText("12:00–13:00").waitFor();
    await card.getByRole("button", { name: "Show the revision history" }).first().click();
    const latest = card.getByTestId("revision").first();
    await latest.getByText("After publication").waitFor();
    await expect(latest.textContent()).resolves.toMatch(/Starts at.*Venue \(English\)|Venue \(English\).*Starts at/);
    await expect(latest.textContent()).resolves.toContain("Secretariat");
    await page.screenshot({ path: join(SCREENSHOTS, "setup-event-en.png"), fullPage: true });
  });

  it("reports a bad CSV row by row and imports nothing, then imports four participants with their links", async () => {
    await page.getByRole("link", { name: "Participants" }).click();
    await page.getByRole("heading", { level: 1, name: "Participants" }).waitFor();
    await page.getByLabel("Or paste the CSV here").fill([HEADER, ...BAD_ROWS].join("\n"));
    await page.getByRole("button", { name: "Check the file" }).click();
    const problem = page.getByTestId("import-problem");
    await problem.first().waitFor();
    await expect(problem.count()).resolves.toBe(1);
    await expect(problem.first().textContent()).resolves.toMatch(/^4gender.*robot/);
    await page.getByText("1 row has problems; nothing has been imported.").waitFor();
    await expect(page.getByRole("button", { name: "Import all 4 rows" }).isDisabled()).resolves.toBe(true);
    await page.getByRole("button", { name: "Import only the 3 valid rows" }).waitFor();
    await page.getByText("No participant yet.").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "setup-participants-report-en.png"), fullPage: true });

    await page.getByLabel("Or paste the CSV here").fill([HEADER, ...ROWS].join("\n"));
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText("Every row is valid; nothing has been imported yet.").waitFor();
    await expect(page.getByTestId("participant").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Import all 4 rows" }).click();
    await page.getByText("4 participants imported.").waitFor();
    const links = await page.getByTestId("import-done").getByTestId("invitation-link").allTextContents();
    expect(links).toHaveLength(4);
    for (const link of links) expect(link.startsWith(`${server.baseUrl}/sign-in/link?token=`)).toBe(true);
    await expect(page.getByTestId("participant").count()).resolves.toBe(4);
    await page.getByRole("button", { name: "New link for Tomás Ruiz" }).click();
    await page.getByTestId("participants").getByTestId("invitation-link").first().waitFor();
    await page.getByTestId("delegations").getByText("Lebanon").waitFor();
  });

  it("records the Bureau's recommendations and the body's designations, with a replacement", async () => {
    await page.goto(eventUrl);
    await page.getByRole("link", { name: "Group 1: Online sexual exploitation" }).click();
    const recommend = async (office: string, person: string) => {
      await page.getByLabel("Office").selectOption({ label: office });
      await page.getByLabel("Participant").selectOption({ label: person });
      await page.getByRole("button", { name: "Record the recommendation" }).click();
      await page
        .getByTestId("designation")
        .filter({ hasText: person.split(" (")[0] as string })
        .first()
        .waitFor();
    };
    await recommend("Chair", "Ana García (Spain)");
    await recommend("Rapporteur", "Lina Haddad (Lebanon)");

    await page.getByRole("button", { name: "Designate Ana García as Chair" }).click();
    await page.getByRole("form", { name: "The body's decision designating Ana García" }).getByRole("button", { name: "Designate" }).click();
    await page.getByTestId("office-chair").getByText(shown("Ana García (Spain)")).waitFor();

    await page.getByRole("button", { name: "Designate Lina Haddad as Rapporteur" }).click();
    const decision = page.getByRole("form", { name: "The body's decision designating Lina Haddad" });
    await decision.getByLabel("How the body decided").selectOption("show_of_hands");
    await decision.getByLabel("For", { exact: true }).fill("12");
    await decision.getByLabel("Abstaining").fill("1");
    await decision.getByRole("button", { name: "Designate" }).click();
    await page.getByTestId("office-rapporteur").getByText(shown("Lina Haddad (Lebanon)")).waitFor();
    await page.getByText("show of hands: 12 for, 0 against, 1 abstaining").waitFor();

    await recommend("Chair", "Karim Haddad (Lebanon)");
    await page.getByRole("button", { name: "Designate Karim Haddad as Chair" }).click();
    await page
      .getByRole("form", { name: "The body's decision designating Karim Haddad" })
      .getByRole("button", { name: "Designate" })
      .click();
    await page.getByTestId("office-chair").getByText(shown("Karim Haddad (Lebanon)")).waitFor();
    await page.getByText(shown("Replaced by Karim Haddad")).waitFor();
    await page.getByText(shown("Replaces Ana García")).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "setup-group-en.png"), fullPage: true });
  });

  it("shows the set-up in Arabic, right to left", async () => {
    await chooseLanguage(page, "العربية");
    await page.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    await page.getByRole("heading", { level: 1, name: "المجموعة 1: الاستغلال الجنسي عبر الإنترنت" }).waitFor();
    await page.getByText("قاعة مدريد").first().waitFor();
    await page.getByText("الرئيس والمقرر").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "setup-group-ar.png"), fullPage: true });

    await page.goto(eventUrl);
    await page.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    await page.getByRole("heading", { level: 1, name: "الدورة الثانية والثلاثون لمنتدى النساء البرلمانيات" }).waitFor();
    await page.getByTestId("setup-sitting").getByRole("button", { name: "تعديل الجلسة 32" }).click();
    await expect(
      page.getByRole("form", { name: "تعديل الجلسة" }).getByLabel("العنوان بالعربية", { exact: true }).inputValue(),
    ).resolves.toBe("منتدى النساء البرلمانيات، الدورة الثانية والثلاثون");
    await page.screenshot({ path: join(SCREENSHOTS, "setup-event-ar.png"), fullPage: true });

    await page.goto(`${eventUrl}/participants`);
    await page.getByRole("heading", { level: 1, name: "المشاركون" }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "setup-participants-ar.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
