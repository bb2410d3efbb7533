import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, printSkipNotice } from "./browser.js";
import { caller, signInByApi } from "./api-session.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

const PEOPLE = [
  { key: "chair", name: "Chiara Chair", parliament: "Italy", gender: "woman" },
  { key: "amina", name: "Amina Haddad", parliament: "Lebanon", gender: "woman" },
  { key: "bruno", name: "Bruno Silva", parliament: "Brazil", gender: "man" },
] as const;

const queueItems = (page: Page): Locator => page.getByTestId("queue").getByTestId("queue-item");
/** The warning starts 10 s before the end (the last fifth, at least ten seconds); zero comes 12 s after the call. */
const TURN_SECONDS = 12;
const UNTIL_ZERO = { timeout: (TURN_SECONDS + 8) * 1000 };

suite("the speakers-list operator at the chair's screen, in English and Arabic", () => {
  let server: RunningServer;
  let browser: Browser;
  let groupId = "";
  let secretariat: ReturnType<typeof caller>;
  const links = new Map<string, string>();
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const pageErrors: string[] = [];
  const page = (key: string): Page => pages.get(key) as Page;

  const open = async (key: string, locale: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, baseURL: server.baseUrl, locale });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    p.on("pageerror", (error) => pageErrors.push(`${key}: ${error.message}`));
    contexts.push(context);
    pages.set(key, p);
    await p.goto(links.get(key)!);
    await p.getByTestId("account-name").waitFor();
    await p.goto(`/groups/${groupId}`);
    await p.getByTestId("speakers").waitFor();
    return p;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = caller(server, await signInByApi(server));
    const { sittings } = await secretariat<{ sittings: { id: string; date: string; eventId: string }[] }>("GET", "/api/v1/sittings");
    const sitting = sittings[0]!;
    const detail = await secretariat<{ groups: { id: string; number: number }[] }>("GET", `/api/v1/sittings/${sitting.id}`);
    groupId = detail.groups.find((g) => g.number === 1)!.id;
    const year = Number(sitting.date.slice(0, 4));
    const csv = [
      "name,parliament,gender,birth year,languages,email,role,delegation",
      ...PEOPLE.map((p) => `${p.name},${p.parliament},${p.gender},${year - 40},en,${p.key}@example.org,,`),
    ].join("\n");
    const report = await secretariat<{
      participants: { id: string; name: string; accountId: string }[];
      invitations: { name: string; link: string }[];
    }>("POST", `/api/v1/setup/events/${sitting.eventId}/participants/import`, { csv });
    for (const p of PEOPLE) links.set(p.key, report.invitations.find((i) => i.name === p.name)!.link);
    const participantOf = (name: string) => report.participants.find((p) => p.name === name)!;
    const recommended = await secretariat<{ id: string; version: number }>("POST", "/api/v1/designations", {
      groupId,
      function: "chair",
      participantId: participantOf("Chiara Chair").id,
      note: null,
    });
    await secretariat("POST", `/api/v1/designations/${recommended.id}/transitions`, {
      version: recommended.version,
      transition: { type: "designate", sittingId: sitting.id, method: { kind: "consensus" } },
    });
    for (const name of ["Amina Haddad", "Bruno Silva"])
      await secretariat("POST", `/api/v1/groups/${groupId}/members`, { accountId: participantOf(name).accountId });
    await open("chair", "en-GB");
    await open("bruno", "en-GB");
    await open("amina", "ar");
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  /** The chair picks a participant in the picker, by typing part of the name. */
  const addOnBehalf = async (chair: Page, typed: string, name: string, remote: { label: string } | null, submit: string) => {
    const picker = chair.getByTestId("add-speaker");
    await picker.getByTestId("add-speaker-person").fill(typed);
    await chair.getByTestId("add-speaker-option").filter({ hasText: name }).click();
    if (remote) await picker.locator("label.checkbox", { hasText: remote.label }).click();
    await picker.getByRole("button", { name: submit }).click();
  };

  it("has the chair add a speaker on their behalf, marked remote, and close the list to new requests", async () => {
    const chair = page("chair");
    // While turns have no limit, the field shows none (it showed 120 beside "Turns have no time limit.").
    await chair.getByText("Turns have no time limit.").waitFor();
    expect(await chair.getByTestId("time-limit-input").inputValue()).toBe("");
    await chair.getByTestId("time-limit-input").fill(String(TURN_SECONDS));
    await chair.getByTestId("time-limit-input").press("Tab");
    await chair.getByRole("button", { name: "Set the time limit" }).click();
    await chair.getByText(`Each turn: ${TURN_SECONDS} seconds.`).waitFor();

    await addOnBehalf(chair, "Bru", "Bruno Silva", { label: "Speaks remotely" }, "Add to the list");
    const bruno = queueItems(chair).filter({ hasText: "Bruno Silva" });
    await bruno.getByTestId("badge-remote").waitFor();
    await bruno.getByText("Added by the chair").waitFor();
    await queueItems(page("bruno")).filter({ hasText: "Bruno Silva" }).getByTestId("badge-remote").waitFor();

    await chair.getByTestId("close-list").click();
    await chair.getByTestId("list-closed").getByText("The list of speakers is closed.").waitFor();
    await page("bruno").getByTestId("list-closed-member").waitFor();
    await expect(page("bruno").getByRole("button", { name: "Ask for the floor" }).isDisabled()).resolves.toBe(true);
    await expect(chair.getByTestId("close-list").textContent()).resolves.toBe("Reopen the list of speakers");
  });

  it("lets the delegate already waiting raise a point of order, called first, with the floor cue and the countdown to zero", async () => {
    const chair = page("chair");
    const bruno = page("bruno");
    await bruno.getByRole("button", { name: "Raise a point of order" }).click();
    await expect.poll(() => queueItems(chair).count()).toBe(2);
    await expect(queueItems(chair).nth(0).getAttribute("data-kind")).resolves.toBe("point_of_order");
    await expect(queueItems(chair).nth(1).getAttribute("data-kind")).resolves.toBe("floor");

    await chair.getByRole("button", { name: "Call the next speaker" }).click();
    await bruno.getByTestId("floor-cue").getByText("You have the floor.").waitFor();
    await expect(chair.getByTestId("floor-cue").count()).resolves.toBe(0);
    const countdown = chair.getByTestId("current-speaker").getByTestId("countdown");
    await countdown.and(chair.locator("[data-tone=near]")).waitFor(UNTIL_ZERO);
    await countdown.and(chair.locator("[data-tone=over]")).waitFor(UNTIL_ZERO);
    await countdown.getByText("Over time").waitFor();
    await bruno.getByTestId("current-speaker").locator("[data-tone=over]").waitFor();

    await chair.getByRole("button", { name: "Call the next speaker" }).click();
    await chair.getByTestId("current-speaker-name").getByTestId("badge-remote").waitFor();
    await chair.getByRole("button", { name: "End the turn" }).click();
    await chair.getByTestId("turns-history").locator("summary").click();
    await chair.locator("[data-testid=turn][data-remote=true]", { hasText: "Bruno Silva" }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("runs the same in Arabic, right to left: the chair adds on behalf, closes the list, a waiting delegate raises a point of order, time runs out", async () => {
    const chair = page("chair");
    await chair.evaluate(() => window.localStorage.setItem("rapporteur.language", "ar"));
    await chair.reload();
    await chair.locator("html[dir=rtl][lang=ar]").waitFor({ state: "attached" });
    await chair.getByRole("button", { name: "إعادة فتح قائمة المتحدثين" }).click();
    await expect(chair.getByTestId("list-closed").count()).resolves.toBe(0);

    await addOnBehalf(chair, "Amina", "Amina Haddad", { label: "يتحدث عن بُعد" }, "إضافة إلى القائمة");
    await queueItems(chair).filter({ hasText: "Amina Haddad" }).getByText("سجّله الرئيس").waitFor();
    await chair.getByRole("button", { name: "إغلاق قائمة المتحدثين" }).click();
    const amina = page("amina");
    await amina
      .getByTestId("list-closed-member")
      .getByText(/قائمة المتحدثين مغلقة/)
      .waitFor();
    await amina.getByRole("button", { name: "إثارة نقطة نظام" }).click();
    await expect.poll(() => queueItems(chair).count()).toBe(2);
    await expect(queueItems(chair).nth(0).getAttribute("data-kind")).resolves.toBe("point_of_order");

    await chair.getByRole("button", { name: "دعوة المتحدث التالي" }).click();
    await amina.getByTestId("floor-cue").getByText("الكلمة لك الآن.").waitFor();
    const countdown = chair.getByTestId("current-speaker").getByTestId("countdown");
    await countdown.and(chair.locator("[data-tone=near]")).waitFor(UNTIL_ZERO);
    await countdown.and(chair.locator("[data-tone=over]")).waitFor(UNTIL_ZERO);
    await countdown.getByText("تجاوز الوقت").waitFor();
    await chair.getByTestId("turns-history").locator("summary").click();
    await chair.screenshot({ path: join(SCREENSHOTS, "speakers-operator-chair-ar.png"), fullPage: true });
    await chair.getByTestId("speakers").screenshot({ path: join(SCREENSHOTS, "speakers-operator-panel-ar.png") });
    expect(pageErrors).toEqual([]);
  });
});
