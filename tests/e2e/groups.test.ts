import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, printSkipNotice } from "./browser.js";
import { caller, signInByApi, type ApiSession } from "./api-session.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

interface Person {
  readonly key: string;
  readonly name: string;
  readonly gender: "woman" | "man";
  readonly age: "young" | "older";
}

const PEOPLE: readonly Person[] = [
  { key: "chair", name: "Chiara Chair", gender: "woman", age: "older" },
  { key: "rapporteur", name: "Rafael Rapporteur", gender: "man", age: "young" },
  { key: "amina", name: "Amina Haddad", gender: "woman", age: "young" },
  { key: "bruno", name: "Bruno Silva", gender: "man", age: "older" },
  { key: "carla", name: "Carla Ruiz", gender: "woman", age: "young" },
];

const queueItems = (page: Page): Locator => page.getByTestId("queue").getByTestId("queue-item");

suite("discussion group 1 run live in several browsers", () => {
  let server: RunningServer;
  let browser: Browser;
  let groupId = "";
  let sittingId = "";
  let secretariat: ReturnType<typeof caller>;
  let secretariatSession: ApiSession;
  const links = new Map<string, string>();
  const contexts = new Map<string, BrowserContext>();
  const pages = new Map<string, Page>();
  const pageErrors: string[] = [];
  /** The chair's live channel can be held back, to act on a list the server has already changed. */
  let holdChairLive = false;
  const heldMessages: (() => void)[] = [];

  const page = (key: string): Page => {
    const p = pages.get(key);
    if (!p) throw new Error(`no page for ${key}`);
    return p;
  };

  const open = async (key: string, options: { locale?: string; liveValve?: boolean } = {}) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: server.baseUrl,
      locale: options.locale ?? "en-GB",
    });
    if (options.liveValve)
      await context.routeWebSocket(/\/api\/v1\/live/, (ws) => {
        const upstream = ws.connectToServer();
        upstream.onMessage((m) => (holdChairLive ? heldMessages.push(() => ws.send(m)) : ws.send(m)));
        ws.onMessage((m) => upstream.send(m));
      });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    p.on("pageerror", (error) => pageErrors.push(`${key}: ${error.message}`));
    contexts.set(key, context);
    pages.set(key, p);
    return p;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariatSession = await signInByApi(server);
    secretariat = caller(server, secretariatSession);

    const { sittings } = await secretariat<{ sittings: { id: string; date: string; eventId: string }[] }>("GET", "/api/v1/sittings");
    const sitting = sittings[0]!;
    sittingId = sitting.id;
    const detail = await secretariat<{ groups: { id: string; number: number }[] }>("GET", `/api/v1/sittings/${sittingId}`);
    groupId = detail.groups.find((g) => g.number === 1)!.id;
    const texts = await secretariat<{
      drafts: { id: string; paragraphs: { id: string; label: string; text: { versions: { en?: { text: string } } } }[] }[];
    }>("GET", `/api/v1/sittings/${sittingId}/draft-texts`);
    const draft = texts.drafts[0]!;
    const op2 = draft.paragraphs.find((p) => p.label === "OP2")!;
    const wording = op2.text.versions.en!.text.replace(/^(\S+\s+\S+)\s+\S+/, "$1 urgently");
    await secretariat("POST", `/api/v1/drafts/${draft.id}/amendments`, {
      action: "amend",
      target: op2.id,
      text: wording,
      language: "en",
      author: "Spain",
      submit: true,
    });
    const year = Number(sitting.date.slice(0, 4));
    const csv = [
      "name,parliament,gender,birth year,languages,email,role,delegation",
      ...PEOPLE.map(
        (p) =>
          `${p.name},${p.key === "amina" ? "Lebanon" : "Spain"},${p.gender},${p.age === "young" ? year - 30 : year - 60},en,${p.key}@example.org,,`,
      ),
    ].join("\n");
    const report = await secretariat<{
      participants: { id: string; name: string; accountId: string }[];
      invitations: { name: string; link: string; accountId: string }[];
    }>("POST", `/api/v1/setup/events/${sitting.eventId}/participants/import`, { csv });
    for (const p of PEOPLE) links.set(p.key, report.invitations.find((i) => i.name === p.name)!.link);
    const participantOf = (name: string) => report.participants.find((p) => p.name === name)!;
    for (const [fn, name] of [
      ["chair", "Chiara Chair"],
      ["rapporteur", "Rafael Rapporteur"],
    ] as const) {
      const recommended = await secretariat<{ id: string; version: number }>("POST", "/api/v1/designations", {
        groupId,
        function: fn,
        participantId: participantOf(name).id,
        note: null,
      });
      await secretariat("POST", `/api/v1/designations/${recommended.id}/transitions`, {
        version: recommended.version,
        transition: { type: "designate", sittingId, method: { kind: "consensus" } },
      });
    }
    for (const name of ["Amina Haddad", "Bruno Silva"])
      await secretariat("POST", `/api/v1/groups/${groupId}/members`, { accountId: participantOf(name).accountId });

    await open("chair", { liveValve: true });
    await open("rapporteur");
    await open("amina", { locale: "ar" });
    await open("bruno");
    await open("carla");
    for (const p of PEOPLE) {
      const pg = page(p.key);
      await pg.goto(links.get(p.key)!);
      await pg.getByTestId("account-name").filter({ hasText: p.name }).waitFor();
      await pg.goto(`/groups/${groupId}`);
    }
  });

  afterAll(async () => {
    for (const c of contexts.values()) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("opens the group from its card on the sitting page", async () => {
    const carla = page("carla");
    await carla.goto(`/sittings/${sittingId}`);
    await carla.getByTestId("group-card").first().getByTestId("open-group").click();
    await carla.waitForURL(`**/groups/${groupId}`);
    await carla.locator("h1").waitFor();
    await carla.getByTestId("join-to-follow").waitFor();
  });

  it("lets a participant join the group; the page then follows the list without reload", async () => {
    const carla = page("carla");
    await carla.getByRole("button", { name: "Join this group" }).click();
    await carla.getByTestId("speakers").waitFor();
    await carla.getByRole("button", { name: "Ask for the floor" }).waitFor();
    await page("chair").getByTestId("members").getByText("Carla Ruiz").waitFor();
  });

  it("shows the Arabic interface right to left, with the same controls", async () => {
    const amina = page("amina");
    await amina.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    await amina.getByRole("heading", { name: "قائمة المتحدثين" }).waitFor();
    await amina.getByRole("button", { name: "طلب الكلمة" }).waitFor();
  });

  it("has the chair set a time limit and open the first guiding question; the projector is not published yet", async () => {
    const chair = page("chair");
    await chair.getByTestId("chair-controls").waitFor();
    await chair.getByTestId("time-limit-input").fill("60");
    await chair.getByTestId("time-limit-input").press("Tab");
    await chair.getByRole("button", { name: "Set the time limit" }).click();
    await chair.getByText("Each turn: 60 seconds.").waitFor();
    await chair.getByRole("button", { name: "Next guiding question" }).click();
    await chair.locator('[data-testid=guiding-question][data-current="true"]').waitFor();
    await page("bruno").locator('[data-testid=guiding-question][data-current="true"]').waitFor();

    const projector = await open("projector");
    await projector.goto(`/groups/${groupId}/projector?lang=en`);
    await projector.getByTestId("projector-unpublished").waitFor();
    await secretariat("PUT", `/api/v1/groups/${groupId}/projector/publication`, { published: true });
    await projector.getByTestId("projector-speaker").waitFor();
    await projector.getByTestId("projector-question").waitFor();
  });

  it("queues requests for the floor in the hall and remotely, and calls the first speaker with a live countdown", async () => {
    await page("amina").getByRole("button", { name: "طلب الكلمة" }).click();
    await page("amina").getByTestId("my-place").waitFor();
    const bruno = page("bruno");
    await bruno.locator("label.radio", { hasText: "Remotely" }).click();
    await expect(bruno.getByRole("radio", { name: "Remotely" }).isChecked()).resolves.toBe(true);
    await bruno.getByRole("button", { name: "Ask for the floor" }).click();
    const chair = page("chair");
    await expect.poll(() => queueItems(chair).count()).toBe(2);
    await expect(queueItems(chair).nth(0).getAttribute("data-name")).resolves.toBe("Amina Haddad");
    await queueItems(chair).nth(1).getByTestId("badge-remote").waitFor();

    await chair.getByRole("button", { name: "Call the next speaker" }).click();
    for (const key of ["chair", "bruno", "amina"]) {
      const p = page(key);
      await p.getByTestId("current-speaker-name").getByText("Amina Haddad").waitFor();
      await p.getByTestId("current-speaker").getByTestId("countdown").waitFor();
    }
    const timer = chair.getByTestId("current-speaker").getByRole("timer");
    await expect(timer.textContent()).resolves.toMatch(/^0:[0-6]\d$|^1:00$/);
    await expect(chair.getByTestId("countdown").getAttribute("data-tone")).resolves.toBe("running");
    const projector = page("projector");
    await projector.getByTestId("projector-speaker-name").getByText("Amina Haddad").waitFor();
    await projector.getByTestId("projector-speaker").getByRole("timer").waitFor();
    await projector.getByTestId("projector-next-item").getByText("Bruno Silva").waitFor();
  });

  it("puts a point of order at the top of the queue, on every screen", async () => {
    const carla = page("carla");
    await carla.getByRole("button", { name: "Raise a point of order" }).click();
    const chair = page("chair");
    await expect.poll(() => queueItems(chair).first().getAttribute("data-name")).toBe("Carla Ruiz");
    await queueItems(chair).first().getByTestId("badge-point-of-order").waitFor();
    await expect.poll(() => page("projector").getByTestId("projector-next-item").first().textContent()).toContain("Carla Ruiz");
    await page("projector").getByTestId("projector-next-item").first().getByTestId("badge-point-of-order").waitFor();
    await chair.screenshot({ path: join(SCREENSHOTS, "group-chair-en.png"), fullPage: true });
    await page("amina").screenshot({ path: join(SCREENSHOTS, "group-participant-ar.png"), fullPage: true });
    await page("projector").screenshot({ path: join(SCREENSHOTS, "projector-en.png") });
  });

  it("tells the chair when the list changed under them, and shows it as it is", async () => {
    const chair = page("chair");
    holdChairLive = true;
    await secretariat("POST", `/api/v1/groups/${groupId}/speakers/commands`, {
      version: (await secretariat<{ version: number }>("GET", `/api/v1/groups/${groupId}/speakers`)).version,
      command: { type: "set_time_limit", seconds: 90 },
    });
    await chair.getByTestId("time-limit-input").fill("45");
    await chair.getByTestId("time-limit-input").press("Tab");
    await chair.getByRole("button", { name: "Set the time limit" }).click();
    await chair.getByTestId("command-problem").getByText("The list changed while you were acting on it").waitFor();
    await chair.getByText("Each turn: 90 seconds.").waitFor();
    holdChairLive = false;
    for (const send of heldMessages.splice(0)) send();
  });

  it("records contributions on the guiding question, tied to paragraphs, seen live by the group", async () => {
    const rapporteur = page("rapporteur");
    await rapporteur.getByTestId("contribution-text").fill("The draft should name girls explicitly in the first operative paragraph.");
    const firstParagraph = rapporteur.locator(".paragraph-choice .checkbox").first();
    const label = (await firstParagraph.textContent())?.trim() ?? "";
    await firstParagraph.click();
    await rapporteur.getByRole("button", { name: "Record the contribution" }).click();
    await rapporteur.getByTestId("contribution").first().waitFor();
    const seen = page("bruno").getByTestId("contribution").filter({ hasText: "name girls explicitly" });
    await seen.waitFor();
    await expect(seen.textContent()).resolves.toContain(label);
    await page("carla").getByTestId("contribution-text").fill("Remote participants need the documents earlier.");
    await page("carla").getByRole("button", { name: "Record the contribution" }).click();
    await expect.poll(() => page("chair").getByTestId("contribution").count()).toBe(2);
  });

  it("runs three turns; the projector follows them and shows the paragraph under discussion", async () => {
    const chair = page("chair");
    await chair.getByTestId("paragraph-select").focus();
    await chair.getByTestId("paragraph-select").press("Enter");
    await chair.getByRole("option", { name: "OP2", exact: true }).click();
    await chair.getByTestId("paragraph-select").getByText("OP2").waitFor();
    const paragraph = page("projector").getByTestId("projector-paragraph");
    await paragraph.getByText("OP2").waitFor();
    const ins = paragraph.locator("ins.tc-ins").first();
    await ins.waitFor();
    const insStyle = await ins.evaluate((e) => ({
      weight: Number(getComputedStyle(e).fontWeight),
      line: getComputedStyle(e).textDecorationLine,
    }));
    expect(insStyle.weight).toBeGreaterThanOrEqual(700);
    expect(insStyle.line).toContain("underline");
    await expect(
      paragraph
        .locator("del.tc-del")
        .first()
        .evaluate((e) => getComputedStyle(e).textDecorationLine),
    ).resolves.toContain("line-through");
    await chair.getByRole("button", { name: "Call the next speaker" }).click();
    await page("projector").getByTestId("projector-speaker-name").getByText("Carla Ruiz").waitFor();
    await chair.getByRole("button", { name: "Call the next speaker" }).click();
    await page("projector").getByTestId("projector-speaker-name").getByText("Bruno Silva").waitFor();
    await page("projector").getByTestId("projector-speaker").getByTestId("badge-remote").waitFor();
    await page("projector").screenshot({ path: join(SCREENSHOTS, "projector-paragraph-en.png"), fullPage: true });
    await chair.getByRole("button", { name: "End the turn" }).click();
    await page("projector").getByTestId("projector-speaker").getByText("Nobody has the floor.").waitFor();
    await page("amina").getByTestId("current-speaker").getByText("لا أحد يتكلم الآن.").waitFor();
  });

  it("shows the chair the participation by gender and age, with the figures in the table under each chart", async () => {
    const chair = page("chair");
    await chair.getByTestId("participation-link").click();
    await chair.waitForURL(`**/groups/${groupId}/participation`);
    const gender = chair.getByTestId("participation-table-gender");
    await gender.waitFor();
    const cell = (table: Locator, category: string, column: string) =>
      table.locator(`tr[data-category="${category}"] td[data-column="${column}"]`);
    await expect(cell(gender, "woman", "speakers").textContent()).resolves.toBe("2");
    await expect(cell(gender, "woman", "turns").textContent()).resolves.toBe("2");
    await expect(cell(gender, "man", "speakers").textContent()).resolves.toBe("1");
    await expect(cell(gender, "woman", "members").textContent()).resolves.toBe("3");
    await expect(cell(gender, "man", "members").textContent()).resolves.toBe("2");
    const age = chair.getByTestId("participation-table-age");
    await expect(cell(age, "under-45", "speakers").textContent()).resolves.toBe("2");
    await expect(cell(age, "45-and-over", "turns").textContent()).resolves.toBe("1");
    await expect(chair.getByTestId("total-turns").first().textContent()).resolves.toBe("3");
    const chart = chair.getByTestId("bar-chart").first();
    await expect(chart.getAttribute("role")).resolves.toBe("img");
    // Kept with the test's results, for a person to look at the bars and their figures.
    await chair.getByTestId("bar-chart").last().screenshot({ path: "test-results/screenshots/participation-by-age.png" });
    const labelled = (await chart.getAttribute("aria-labelledby"))?.split(" ") ?? [];
    expect(labelled).toHaveLength(2);
    await expect(chair.locator(`[id="${labelled[0]}"]`).textContent()).resolves.toBe("By gender");
    const csv = await chair.getByTestId("csv-link").getAttribute("href");
    expect(csv).toBe(`/api/v1/groups/${groupId}/participation.csv`);
    const download = await chair.evaluate(async (href) => (await fetch(href)).text(), csv!);
    expect(download.split("\n")[0]).toMatch(/gender|category/i);

    // A fourth turn, run from another window, reaches the figures without a reload.
    const second = await contexts.get("chair")!.newPage();
    await second.goto(`/groups/${groupId}`);
    await page("amina").getByRole("button", { name: "طلب الكلمة" }).click();
    await expect.poll(() => queueItems(second).count()).toBe(1);
    await second.getByRole("button", { name: "Call the next speaker" }).click();
    await second.getByRole("button", { name: "End the turn" }).click();
    await expect.poll(() => cell(gender, "woman", "turns").textContent()).toBe("3");
    await chair.screenshot({ path: join(SCREENSHOTS, "participation-en.png"), fullPage: true });
  });

  it("shows the secretariat the figures of the whole sitting, group by group", async () => {
    const staff = await open("secretariat");
    const { hostname } = new URL(server.baseUrl);
    await contexts.get("secretariat")!.addCookies(
      secretariatSession.cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name!, value: value.join("="), domain: hostname, path: "/" };
      }),
    );
    await staff.goto(`/sittings/${sittingId}/participation`);
    const group1 = staff.getByTestId("figures-g1");
    await group1.waitFor();
    await expect(
      group1.locator('[data-testid=participation-table-gender] tr[data-category="woman"] td[data-column="turns"]').textContent(),
    ).resolves.toBe("3");
    await expect(staff.getByTestId("figures-sitting").getByTestId("total-turns").textContent()).resolves.toBe("4");
    await expect(staff.getByTestId("csv-link").getAttribute("href")).resolves.toBe(`/api/v1/sittings/${sittingId}/participation.csv`);
    await staff.screenshot({ path: join(SCREENSHOTS, "participation-sitting-en.png"), fullPage: false });
  });

  it("runs the plenary speakers list with the same screen", async () => {
    const carla = page("carla");
    await carla.goto(`/sittings/${sittingId}/plenary`);
    await carla.getByRole("heading", { name: "Speakers list" }).waitFor();
    await carla.getByRole("button", { name: "Ask for the floor" }).click();
    await carla.getByTestId("my-place").getByText("You are number 1 in the queue.").waitFor();
    const staff = page("secretariat");
    await staff.goto(`/sittings/${sittingId}/plenary`);
    await queueItems(staff).getByText("Carla Ruiz").waitFor();
    await staff.getByRole("button", { name: "Call the next speaker" }).click();
    await carla.getByTestId("current-speaker-name").getByText("Carla Ruiz").waitFor();
    const projector = page("projector");
    await projector.goto(`/sittings/${sittingId}/plenary/projector`);
    await projector.getByTestId("projector-unpublished").waitFor();
  });

  it("shows the projector in Arabic, right to left, for the public", async () => {
    const projector = page("projector");
    await projector.goto(`/groups/${groupId}/projector?lang=ar`);
    await projector.locator('[data-testid=projector][dir="rtl"][lang="ar"]').waitFor();
    await projector.getByText("المتحدثون التالون").waitFor();
    await projector.screenshot({ path: join(SCREENSHOTS, "projector-ar.png") });
    expect(pageErrors).toEqual([]);
  });
});
