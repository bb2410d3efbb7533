import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserTestsEnabled,
  callApi,
  confirmWith,
  csrfTokenOf,
  launchChromium,
  openPerson,
  printSkipNotice,
  shown,
  type Json,
  type Person,
} from "./browser.js";
import { latinOnArabicScreen, type Problem } from "./latin-on-arabic.js";
import { axeProblems, overflow } from "./screen-checks.js";
import { startServer, type RunningServer } from "./server.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots/reference");
/** The sizes the case is walked at: a desktop in the hall and the narrowest phones in use. */
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/**
 * Words the test reads on screen, and what its people write, in each interface language: people write in the
 * language their forms start in, the interface's.
 */
const WORDS = {
  en: {
    merged: "Group 1, Group 2",
    recommendation: "Criminalize grooming in every country.",
    forGirls: ", in particular for girls;",
    legislate: "Urges governments to legislate without delay;",
    report: "Invites parliaments to report on progress;",
    compromise: "Urges governments to review and update their legislation without delay;",
    revised: "Urges governments to review their legislation;",
  },
  ar: {
    merged: "المجموعة 1، المجموعة 2",
    recommendation: "تجريم استدراج الأطفال في كل البلدان.",
    forGirls: "، ولا سيما للفتيات؛",
    legislate: "تحث الحكومات على التشريع دون إبطاء؛",
    report: "تدعو البرلمانات إلى تقديم تقارير عن التقدم المحرز؛",
    compromise: "تحث الحكومات على مراجعة تشريعاتها وتحديثها دون إبطاء؛",
    revised: "تحث الحكومات على مراجعة تشريعاتها؛",
  },
} as const;

const RUNS = (["en", "ar"] as const).flatMap((lang) => (["desktop", "phone"] as const).map((size) => ({ lang, size })));

suite.each(RUNS)("the whole reference case in a browser, $lang interface, on a $size", ({ lang, size }) => {
  let server: RunningServer;
  let browser: Browser;
  const people: Record<string, Person> = {};
  const errors: string[] = [];
  const problems: Problem[] = [];
  let csrf = "";
  let detail: Json;
  let draftId = "";
  let forumId = "";
  let g1 = "";
  let g2 = "";
  let paragraphs: Json = [];
  const paragraphId = (label: string): string => paragraphs.find((p: Json) => p.label === label).id;

  const open = async (name: string, link: string): Promise<Person> => {
    people[name] = await openPerson(browser, server.baseUrl, lang, link, (m) => errors.push(`${name}: ${m}`), SIZES[size]);
    return people[name];
  };
  /**
   * Looks at a screen as its person sees it: axe's serious and critical violations, anything sticking out
   * sideways on a phone, English words left unisolated on an Arabic screen, and a picture kept with the test's results.
   */
  const look = async (page: Page, screen: string, fullPage = true): Promise<void> => {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const where = `${lang} ${size} ${screen}`;
    problems.push(...(await axeProblems(page, where)));
    if (size === "phone") problems.push(...(await overflow(page, where)));
    if (lang === "ar") problems.push(...(await latinOnArabicScreen(page, where)));
    await page.screenshot({ path: join(SCREENSHOTS, `${lang}-${size}-${screen}.png`), fullPage });
  };
  /** The secretariat's API calls, with its session: accounts, participants and designations are set up this way. */
  const api = (method: "GET" | "POST" | "PUT", url: string, body?: unknown, as = "secretariat"): Promise<Json> =>
    callApi(people[as]!, method, url, body, as === "secretariat" ? csrf : undefined);
  const testId = (page: Page, id: string) => page.getByTestId(id);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await open("secretariat", server.signInLink);
    csrf = await csrfTokenOf(people.secretariat!);
    const sitting = (await api("GET", "/api/v1/sittings")).sittings[0];
    detail = await api("GET", `/api/v1/sittings/${sitting.id}`);
    draftId = detail.draftResolutions[0].id;
    paragraphs = (await api("GET", `/api/v1/sittings/${sitting.id}/draft-texts`)).drafts[0].paragraphs;
    forumId = detail.sitting.body.id;
    [g1, g2] = detail.groups.map((g: Json) => g.id);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("sets up participants, designations, group members and contributions through the API", async () => {
    const csv = [
      "name,parliament,gender,birth year,languages,email,role,delegation",
      "Ana Rapporteur,Spain,woman,1980,en,rap1@example.org,,",
      "Rania Rapporteur,Egypt,woman,1975,ar,rap2@example.org,,",
      "Chloé Chair,France,woman,1970,fr,chair1@example.org,,",
      "Carmen Chair,Chile,woman,1985,es,chair2@example.org,,",
      "Grace Member,Kenya,woman,1990,en,member@example.org,,",
      "Spain Delegation,Spain,man,1965,es,spain@example.org,,Spain",
      "Kenya Delegation,Kenya,woman,1979,en,kenya@example.org,,Kenya",
    ].join("\n");
    const imported = await api("POST", `/api/v1/setup/events/${detail.event.id}/participants/import`, { csv });
    const idOf = (email: string) => imported.participants.find((p: Json) => p.email === email || p.name === email)?.id as string;
    const linkOf = (email: string) => imported.invitations.find((i: Json) => i.email === email).link as string;
    const byName: Record<string, string> = Object.fromEntries(imported.participants.map((p: Json) => [p.name, p.id]));
    for (const [name, group, fn] of [
      ["Ana Rapporteur", g1, "rapporteur"],
      ["Rania Rapporteur", g2, "rapporteur"],
      ["Chloé Chair", g1, "chair"],
      ["Carmen Chair", g2, "chair"],
    ] as const) {
      const d = await api("POST", "/api/v1/designations", {
        groupId: group,
        function: fn,
        participantId: byName[name] ?? idOf(name),
        note: "Recommended by the Bureau",
      });
      await api("POST", `/api/v1/designations/${d.id}/transitions`, {
        version: d.version,
        transition: { type: "designate", sittingId: detail.sitting.id, method: { kind: "consensus" } },
      });
    }
    for (const [who, email] of [
      ["rap1", "rap1@example.org"],
      ["rap2", "rap2@example.org"],
      ["chair1", "chair1@example.org"],
      ["chair2", "chair2@example.org"],
      ["member", "member@example.org"],
      ["spain", "spain@example.org"],
      ["kenya", "kenya@example.org"],
    ] as const)
      await open(who, linkOf(email));
    await api("POST", `/api/v1/groups/${g1}/members`, {}, "member");
    await api(
      "POST",
      `/api/v1/groups/${g1}/contributions`,
      { text: "Name grooming as an offence everywhere.", questionId: detail.groups[0].guidingQuestions[0].id },
      "member",
    );
  }, 120_000);

  let rec1 = "";
  let rec2 = "";

  it("the rapporteurs draft live, the members follow and comment, the groups agree by consensus and by an electronic vote", async () => {
    const rap1 = people.rap1!.page;
    // The draft's text reaches the rapporteurs after their recommendation, as on a slow venue network: the
    // amendment form must still start in the interface's language, on the draft's first paragraph.
    for (const who of ["rap1", "rap2"])
      await people[who]!.page.route(/\/draft-texts(\?|$)/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.continue();
      });
    await rap1.goto("/");
    await rap1.locator('[data-testid=task][data-kind="finish_recommendation"]').first().waitFor();
    await look(rap1, "rapporteur-home");
    await rap1.goto(`/groups/${g1}/recommendations`);
    await testId(rap1, "start-recommendation").click();
    await testId(rap1, "recommendation").waitFor();
    rec1 = new URL(rap1.url()).pathname.split("/")[2]!;

    const member = people.member!.page;
    await member.goto(`/recommendations/${rec1}`);
    await testId(member, "recommendation").waitFor();

    const q1 = detail.groups[0].guidingQuestions[0].id;
    await testId(rap1, `rec-text-${q1}`).fill(WORDS[lang].recommendation);
    await testId(rap1, "drawn-from").first().click();
    await testId(rap1, "save-texts").click();
    await member.locator(`[data-testid=rec-text][data-question="${q1}"]`).getByText(WORDS[lang].recommendation).waitFor();

    const op1 = paragraphs.find((p: Json) => p.label === "OP1").text.versions[lang].text as string;
    const same = `${op1.replace(/[;.,؛،]$/, "")}${WORDS[lang].forGirls}`;
    const propose = async (page: Page, label: string, action: "amend" | "insert" | "delete", text?: string) => {
      // Opened from the keyboard; a press that comes before the form is ready to listen is pressed again, and a click
      // that a live reload's reflow moved off the button is clicked again.
      const listbox = page.getByRole("listbox");
      const opener = testId(page, "open-amendment-form");
      const target = testId(page, "rec-target");
      await expect
        .poll(
          async () => {
            if (await listbox.isVisible()) return true;
            if (!(await target.isVisible())) {
              if ((await opener.isVisible()) && (await opener.isEnabled())) await opener.click().catch(() => undefined);
              return target.waitFor({ timeout: 3_000 }).then(
                () => false,
                () => false,
              );
            }
            await target.focus();
            await page.keyboard.press("Enter");
            return listbox.waitFor({ timeout: 3_000 }).then(
              () => true,
              () => false,
            );
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      await page.getByRole("option", { name: label, exact: true }).click();
      await expect(testId(page, "rec-target").textContent()).resolves.toContain(label);
      if (action !== "amend")
        await page
          .getByTestId("rec-amendment-form")
          .getByRole("radio")
          .nth(action === "insert" ? 1 : 2)
          .evaluate((e: HTMLElement) => e.click());
      if (text !== undefined) await testId(page, "rec-amendment-text").fill(text);
      await testId(page, "rec-live-preview")
        .locator(action === "delete" ? "del.tc-del" : "ins.tc-ins")
        .first()
        .waitFor();
      await testId(page, "add-amendment").click();
      await testId(page, "rec-amendment-form").waitFor({ state: "detached" });
    };
    await propose(rap1, "OP1", "amend", same);
    await member.locator("[data-testid=rec-amendment] ins.tc-ins").first().waitFor();
    await propose(rap1, "OP3", "amend", WORDS[lang].legislate);
    await propose(rap1, "OP5", "insert", WORDS[lang].report);
    await expect.poll(() => member.getByTestId("rec-amendment").count()).toBe(3);
    await look(rap1, "recommendation-drafting");

    await testId(member, "rec-comment-text").fill("Please mention girls explicitly.");
    await testId(member, "send-comment").click();
    await rap1.getByTestId("rec-comment").getByText("Please mention girls explicitly.").waitFor();
    await look(member, "recommendation-member");

    const rap2 = people.rap2!.page;
    await rap2.goto(`/groups/${g2}/recommendations`);
    await testId(rap2, "start-recommendation").click();
    await testId(rap2, "recommendation").waitFor();
    rec2 = new URL(rap2.url()).pathname.split("/")[2]!;
    await propose(rap2, "OP1", "amend", same);
    await propose(rap2, "OP3", "delete");

    const chair1 = people.chair1!.page;
    // The draft's text reaches the chair late too: the button must not move once it is shown, or a press lands beside it.
    await chair1.route(/\/draft-texts(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const textsRead = chair1.waitForResponse(/\/draft-texts(\?|$)/);
    await chair1.goto(`/recommendations/${rec1}`);
    const record = testId(chair1, "record-agreement");
    await record.waitFor();
    const shownAt = (await record.boundingBox())?.y;
    await textsRead;
    await chair1.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect((await record.boundingBox())?.y).toBe(shownAt);
    await confirmWith(chair1, record);
    await testId(chair1, "rec-agreed").waitFor();
    await rap1.locator('[data-testid=recommendation][data-status="agreed"]').waitFor();
    await look(chair1, "recommendation-agreed");

    const chair2 = people.chair2!.page;
    await chair2.goto(`/recommendations/${rec2}`);
    await testId(chair2, "open-vote").click();
    await testId(chair2, "ballot-yes").click();
    await testId(chair2, "my-ballot").waitFor();
    await rap2.getByTestId("ballot-abstain").click();
    await rap2.getByTestId("my-ballot").waitFor();
    await chair2.locator('[data-testid=ballots-cast][data-count="2"]').waitFor();
    await confirmWith(chair2, testId(chair2, "close-vote"));
    await testId(chair2, "vote-result").waitFor();
    await expect(rap2.getByTestId("vote-result").textContent()).resolves.toContain("1");
    await look(chair2, "vote-result");
    await testId(chair2, "record-vote").click();
    await testId(chair2, "rec-agreed").waitFor();

    for (const page of [rap1, rap2]) {
      await testId(page, "present").click();
      await page.locator('[data-testid=recommendation][data-status="presented"]').waitFor();
    }
  }, 120_000);

  it("the plenary adopts one set: the identical proposal merged and credited to both groups, the conflict resolved by a compromise", async () => {
    const sec = people.secretariat!.page;
    await sec.goto(`/bodies/${forumId}/drafts/${draftId}/adoption`);
    const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 16);
    await testId(sec, "deadline-input").fill(ahead);
    await testId(sec, "deadline-save").click();
    await sec.locator("[data-testid=deadline-left].deadline-open").waitFor();

    const op1 = sec.locator('[data-testid=plan-place][data-label="OP1"]');
    // One option at OP1 once the plan has loaded: the two groups' identical wording, credited to both.
    await expect.poll(() => op1.getByTestId("credited").count(), { timeout: 15_000 }).toBe(1);
    await expect(op1.getByTestId("credited").textContent()).resolves.toContain(WORDS[lang].merged);
    const op3 = sec.locator('[data-testid=plan-place][data-label="OP3"][data-conflict="true"]');
    await op3.getByTestId("plan-compromise").click();
    await op3.getByTestId("compromise-text").fill(WORDS[lang].compromise);
    await testId(sec, "adoption-decision")
      .getByRole("radio")
      .nth(1)
      .evaluate((e: HTMLElement) => e.click());
    await testId(sec, "adoption-for").fill("40");
    await testId(sec, "adoption-against").fill("3");
    await testId(sec, "adoption-abstain").fill("5");
    await look(sec, "plenary-adoption");
    await confirmWith(sec, testId(sec, "adopt-set"));
    await testId(sec, "adoption-result").waitFor();
    await expect.poll(() => sec.locator("[data-testid=body-amendment]").count()).toBe(3);
    await expect(sec.locator('[data-testid=body-amendment][data-how="merged"] [data-testid=credited]').textContent()).resolves.toBe(
      WORDS[lang].merged,
    );
    await expect(testId(sec, "adoption-decision").textContent()).resolves.toContain("40");
    await look(sec, "plenary-adopted");

    const watcher = await people.secretariat!.context.newPage();
    await watcher.goto("/");
    await testId(watcher, "tasks").waitFor();
    await confirmWith(sec, testId(sec, "submit-body-amendments"));
    await sec.locator('[data-testid=body-amendment][data-status="submitted"]').nth(2).waitFor();
    await watcher.locator('[data-testid=task][data-kind="decide_amendments"]').waitFor();
    await watcher.close();
  }, 120_000);

  it("delegations submit on time, one is refused as late and accepted by the secretariat, one is withdrawn", async () => {
    const make = (as: string, label: string, text: string, author: string) =>
      api(
        "POST",
        `/api/v1/drafts/${draftId}/amendments`,
        { action: "amend", target: paragraphId(label), text, language: "en", author, submit: false },
        as,
      );
    await make("spain", "OP2", "Calls for cooperation between parliaments and platforms;", "Spain");
    await make("spain", "OP4", "Encourages training of judges;", "Spain");
    await make("kenya", "OP2", "Calls for cooperation between parliaments and platforms;", "Kenya");

    const spain = people.spain!.page;
    await spain.goto(`/drafts/${draftId}/committee`);
    await testId(spain, "deadline-when").waitFor();
    for (const n of [0, 1]) {
      await confirmWith(spain, spain.locator('[data-testid=to-submit][data-status="draft"] [data-testid=submit-amendment]').first());
      await spain.locator('[data-testid=to-submit][data-status="submitted"]').nth(n).waitFor();
    }
    await look(spain, "committee-delegation");
    await spain.locator('[data-testid=to-submit][data-status="submitted"]').last().getByTestId("withdraw-amendment").click();
    await expect.poll(() => spain.locator('[data-testid=to-submit][data-status="submitted"]').count(), { timeout: 15_000 }).toBe(1);

    const sec = people.secretariat!.page;
    await sec.goto(`/drafts/${draftId}/committee`);
    await testId(sec, "deadline-input").fill("2021-11-27T18:00");
    await testId(sec, "deadline-save").click();
    await sec.locator(".deadline-passed").waitFor();

    const kenya = people.kenya!.page;
    await kenya.goto(`/drafts/${draftId}/committee`);
    await kenya.locator(".deadline-passed").waitFor();
    await confirmWith(kenya, testId(kenya, "submit-amendment"));
    const refusal = testId(kenya, "action-error");
    await refusal.waitFor();
    // The refusal names the deadline in the reader's language, the time zone as written (isolated in the sentence).
    const said = (await refusal.textContent()) ?? "";
    expect(said).toMatch(shown("18:00 (Europe/Madrid)"));
    expect(said).toMatch(lang === "ar" ? /الموعد النهائي/ : shown("27 November 2021, 18:00 (Europe/Madrid)"));
    await look(kenya, "committee-late-refusal");

    const late = sec.locator('[data-testid=to-submit][data-status="draft"]').filter({ hasText: "Kenya" });
    await late.getByTestId("late-reason").fill("The delegation's flight was delayed");
    await late.getByTestId("accept-late").click();
    await kenya.locator('[data-testid=to-submit][data-status="submitted"]').waitFor();
  }, 120_000);

  it("the committee decides on each amendment, produces the revised draft with renumbering and adopts it", async () => {
    const sec = people.secretariat!.page;
    const op2 = sec.locator('[data-testid=compiled-place][data-label="OP2"]');
    // The late amendment accepted a moment ago reaches this page live: wait for both authors on the one wording.
    await expect.poll(() => op2.getByTestId("authors").textContent(), { timeout: 15_000 }).toBe("Spain · Kenya");
    await expect(op2.getByTestId("wording").count()).resolves.toBe(1);
    await sec.locator('[data-testid=compiled-place][data-label="OP4"] [data-testid=compiled-amendment][data-status="withdrawn"]').waitFor();
    await testId(sec, "committee-voting-order").waitFor();
    await look(sec, "committee-compiled");

    const decide = (label: string, nth: number) =>
      sec.locator(`[data-testid=compiled-place][data-label="${label}"] [data-testid=decide]`).nth(nth);
    await decide("OP2", 1).getByTestId("decide-merge").click();
    // The decision waits for a confirmation that names the amendment and what will happen, in the interface language.
    const dialog = sec.getByTestId("confirm-dialog");
    await expect(dialog.getAttribute("role")).resolves.toBe("alertdialog");
    await expect(sec.locator("html").getAttribute("dir")).resolves.toBe(lang === "ar" ? "rtl" : "ltr");
    await look(sec, "committee-confirm-decision", false);
    await dialog.getByTestId("confirm-yes").click();
    await sec.locator('[data-testid=compiled-place][data-label="OP2"] [data-testid=compiled-amendment][data-status="merged"]').waitFor();
    await confirmWith(sec, decide("OP2", 0).getByTestId("decide-accept"));
    await confirmWith(sec, decide("OP1", 0).getByTestId("decide-accept"));
    await sec.locator('[data-testid=compiled-place][data-label="OP1"] [data-testid=compiled-amendment][data-status="accepted"]').waitFor();
    await decide("OP3", 0).getByTestId("decide-revise").click();
    await testId(sec, "revised-text").fill(WORDS[lang].revised);
    await confirmWith(sec, testId(sec, "decide-revised"));
    await sec
      .locator('[data-testid=compiled-place][data-label="OP3"] [data-testid=compiled-amendment][data-status="accepted_as_revised"]')
      .waitFor();
    await confirmWith(sec, sec.locator("[data-testid=decide] [data-testid=decide-accept]").first());
    await expect.poll(() => sec.locator("[data-testid=decide]").count(), { timeout: 15_000 }).toBe(0);

    await testId(sec, "produce-revision").click();
    await testId(sec, "open-revised").waitFor();
    await expect(testId(sec, "committee-renumbering").textContent()).resolves.toContain("OP6 → OP7");
    await testId(sec, "open-revised").click();
    await sec.locator('[data-testid=committee-page][data-stage="revised"]').waitFor();
    const first = sec.locator('[data-testid=revised-paragraph][data-label="OP1"]');
    await first.getByTestId("where-from").click();
    await first.getByTestId("trace-recommendation").nth(1).waitFor();
    await first.getByTestId("trace-body-adoption").waitFor();
    await look(sec, "revised-draft");

    await confirmWith(sec, testId(sec, "adopt-resolution"));
    await testId(sec, "resolution-adopted").waitFor();
    await sec.locator('[data-testid=committee-page][data-stage="adopted"]').waitFor();
    await look(sec, "resolution-adopted");

    await people.rap1!.page.goto(`/recommendations/${rec1}`);
    await people.rap1!.page.getByTestId("rec-proposal-outcome").first().waitFor();
    await look(people.rap1!.page, "recommendation-outcome");
    expect(problems.map((p) => `${p.screen}: ${p.what}`)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
