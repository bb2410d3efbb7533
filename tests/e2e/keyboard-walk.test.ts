import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserTestsEnabled,
  callApi,
  csrfTokenOf,
  launchChromium,
  openPerson,
  printSkipNotice,
  type Json,
  type Person,
} from "./browser.js";
import { arrowTo, expectFocusOn, focusOf, literal, nextArrow, previousArrow, retype, tabTo } from "./keyboard.js";
import { startServer, type RunningServer } from "./server.js";
import { wordsOf } from "./words.js";

const SCREENSHOTS = join(resolve(import.meta.dirname, "../.."), "test-results/screenshots/keyboard");

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** Who acts in each interface language: the first group works in English, the second in Arabic. */
const CAST = {
  en: { group: 1, rapporteur: "Grace Wanjiru", chair: "Elena Martín", delegate: "Lindiwe Dube" },
  ar: { group: 2, rapporteur: "Nour Haddad", chair: "Fatima Benali", delegate: "Karim Mansour" },
} as const;

/** What the people type, in their language. */
const TYPED = {
  en: {
    recommendation: "Make online grooming an offence in every country, with support for the children it harms.",
    proposal: "Calls upon parliaments to criminalize online grooming without delay;",
    amendment: "Calls for cooperation between parliaments, platforms and child protection services;",
  },
  ar: {
    recommendation: "تجريم استدراج الأطفال عبر الإنترنت في كل بلد، مع دعم الأطفال المتضررين.",
    proposal: "يدعو البرلمانات إلى تجريم استدراج الأطفال عبر الإنترنت دون تأخير؛",
    amendment: "يدعو إلى التعاون بين البرلمانات والمنصات وخدمات حماية الطفل؛",
  },
} as const;

/** A regular expression for a wording with its names and numbers left open ("{{count}} proposed amendment"). */
const shaped = (wording: string): RegExp =>
  new RegExp(
    `^${wording
      .split(/\{\{\w+\}\}/)
      .map(literal)
      .join(".+?")}$`,
  );

/**
 * The reference case walked with the keyboard alone, in one interface language, by the people who act in it:
 * each stage starts from the reference case brought to it on the server, and every step a person takes there is
 * a key press (Tab, Shift+Tab, Enter, Space, arrows, Escape) or typing into the field that has the focus.
 */
suite.each(["en", "ar"] as const)("the reference case with the keyboard alone, %s interface", (lang) => {
  const words = wordsOf(lang);
  const cast = CAST[lang];
  const typed = TYPED[lang];
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A server at one stage of the reference case, its secretariat signed in, and whoever else the walk needs. */
  const stage = (name: "groups" | "plenary" | "committee") => {
    const ctx = {
      server: null as unknown as RunningServer,
      secretariat: null as unknown as Person,
      csrf: "",
      detail: {} as Json,
      people: {} as Record<string, Person>,
    };
    beforeAll(async () => {
      ctx.server = await startServer({ RAPPORTEUR_REFERENCE_STAGE: name });
      ctx.secretariat = await openPerson(browser, ctx.server.baseUrl, lang, ctx.server.signInLink, (m) => errors.push(`secretariat: ${m}`));
      ctx.csrf = await csrfTokenOf(ctx.secretariat);
      const sitting = ((await callApi(ctx.secretariat, "GET", "/api/v1/sittings")).sittings as Json[])[0]!;
      ctx.detail = await callApi(ctx.secretariat, "GET", `/api/v1/sittings/${sitting.id as string}`);
    }, 240_000);
    afterAll(async () => {
      for (const p of Object.values(ctx.people)) await p.context.close();
      await ctx.secretariat?.context.close();
      await ctx.server?.stop();
    });
    const api = (method: "GET" | "POST" | "PUT", url: string, body?: unknown) => callApi(ctx.secretariat, method, url, body, ctx.csrf);
    /** Signs a person of the cast in, in her own window, through the one-time link the secretariat gives her. */
    const signIn = async (name: string): Promise<Page> => {
      const participants = (await api("GET", `/api/v1/setup/events/${ctx.detail.event.id as string}/participants`)).participants as Json[];
      const who = participants.find((p) => p.name === name)!;
      const slip = await api("POST", `/api/v1/setup/participants/${who.id as string}/invitation`, { sendMail: false });
      ctx.people[name] = await openPerson(
        browser,
        ctx.server.baseUrl,
        lang,
        new URL(slip.link as string, ctx.server.baseUrl).toString(),
        (m) => errors.push(`${name}: ${m}`),
      );
      return ctx.people[name].page;
    };
    return { ctx, api, signIn };
  };

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${lang}-${name}.png`) });

  /** Opens the start page and follows the task that names what waits for the person, with Tab and Enter. */
  const followTask = async (page: Page, kind: string): Promise<void> => {
    await page.goto("/");
    const task = page.locator(`[data-testid=task][data-kind=${kind}] a`).first();
    await task.waitFor({ timeout: 30_000 });
    await tabTo(page, { name: ((await task.textContent()) ?? "").replace(/[\u2068\u2069]/g, "").trim(), role: "link" });
    await page.keyboard.press("Enter");
  };

  /**
   * Presses the focused button that asks for a confirmation: the dialog opens with the focus on its confirming
   * button; with `escapeFirst`, Escape closes it first, doing nothing and giving the focus back to the button.
   */
  const confirmWithKeyboard = async (page: Page, trigger: string, confirmLabel: string, escapeFirst = false): Promise<void> => {
    const dialog = page.getByTestId("confirm-dialog");
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await expectFocusOn(page, { name: confirmLabel, role: "button", testId: "confirm-yes" });
    if (escapeFirst) {
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      await expectFocusOn(page, { name: trigger, role: "button" });
      await page.keyboard.press("Enter");
      await dialog.waitFor();
      await expectFocusOn(page, { name: confirmLabel, testId: "confirm-yes" });
      // The focus stays inside the dialog: Tab goes to Cancel, and on round to the confirming button.
      await page.keyboard.press("Tab");
      await expectFocusOn(page, { name: words("confirm.cancel"), testId: "confirm-cancel" });
      await page.keyboard.press("Tab");
      await expectFocusOn(page, { name: confirmLabel, testId: "confirm-yes" });
    }
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
  };

  describe("the groups: a rapporteur drafts her group's recommendation and the chair records the consensus", () => {
    const { ctx, api, signIn } = stage("groups");
    let recId = "";

    it("the rapporteur writes the text, draws it from a contribution, saves it and proposes an amendment", async () => {
      const page = await signIn(cast.rapporteur);
      const group = (ctx.detail.groups as Json[]).find((g) => g.number === cast.group)!;

      await followTask(page, "finish_recommendation");
      await page.waitForURL(/\/groups\/[^/]+\/recommendations/);
      await tabTo(page, { name: words("committee.rec.start"), role: "button" });
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/recommendations\/[^/]+$/, { timeout: 30_000 });
      recId = new URL(page.url()).pathname.split("/")[2]!;

      const first = (group.guidingQuestions as Json[])[0]!.id as string;
      await page.getByTestId(`rec-text-${first}`).waitFor({ timeout: 30_000 });
      await page.getByTestId("drawn-from").first().waitFor({ timeout: 30_000 });
      const field = await tabTo(page, { name: words("committee.rec.textFor"), role: "textbox" });
      expect(field.testId).toBe(`rec-text-${first}`);
      await page.keyboard.type(typed.recommendation);
      const box = await tabTo(page, { name: shaped(words("committee.rec.drawnFrom")), role: "checkbox" });
      expect(box.checked).toBe(false);
      await page.keyboard.press("Space");
      await expect.poll(async () => (await focusOf(page)).checked).toBe(true);
      await tabTo(page, { name: words("committee.rec.saveTexts"), role: "button" });
      await shot(page, "1-recommendation-text");
      await page.keyboard.press("Enter");
      await expect
        .poll(async () => ((await api("GET", `/api/v1/recommendations/${recId}`)).texts as Json[]).find((x) => x.questionId === first), {
          timeout: 20_000,
        })
        .toMatchObject({ text: typed.recommendation, contributions: [expect.any(String)] });

      // A proposal to the draft: the paragraph chosen from the list with the arrows, the new wording typed.
      await tabTo(page, { name: words("committee.rec.propose"), role: "button" });
      await page.keyboard.press("Enter");
      await page.getByTestId("rec-amendment-form").waitFor();
      // The button gone with the form open, the focus is on the heading of the proposals, not lost.
      const proposals = ((await page.locator("#rec-amendments").textContent()) ?? "").trim();
      await expectFocusOn(page, { name: proposals, role: "heading" });
      await tabTo(page, { name: new RegExp(literal(words("committee.rec.paragraph"))), testId: "rec-target" });
      await page.keyboard.press("Enter");
      await arrowTo(page, "ArrowDown", { name: "OP3", role: "option" });
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getByTestId("rec-target").textContent()).toContain("OP3");
      await expectFocusOn(page, { name: /OP3/, testId: "rec-target" });
      await tabTo(page, { name: words("committee.rec.newWording"), role: "textbox" });
      await retype(page, typed.proposal);
      await page.getByTestId("rec-live-preview").locator("ins.tc-ins").first().waitFor();
      await tabTo(page, { name: words("committee.rec.addAmendment"), role: "button" });
      await page.keyboard.press("Enter");
      await page.getByTestId("rec-amendment").first().waitFor();
      await page.getByTestId("rec-amendment-form").waitFor({ state: "detached" });
      // The form gone, the focus is on the heading of the proposals, not lost.
      await expectFocusOn(page, { name: shaped(words("committee.rec.amendments_one")), role: "heading" });
      expect(errors).toEqual([]);
    }, 240_000);

    it("the chair takes the group's decision by consensus, through the confirmation, and the rapporteur presents it", async () => {
      const page = await signIn(cast.chair);
      await page.goto(`/recommendations/${recId}`);
      await page.getByTestId("chair-agreement").waitFor({ timeout: 30_000 });
      // The decision's method is a radio group: the arrows move between consensus and a show of hands.
      const consensus = await tabTo(page, { name: words("committee.decision.byConsensus"), role: "radio" });
      expect(consensus.checked).toBe(true);
      await page.keyboard.press(nextArrow(lang));
      await expectFocusOn(page, { name: words("committee.decision.byShowOfHands"), role: "radio" });
      await page.getByTestId("rec-for").waitFor();
      await page.keyboard.press(previousArrow(lang));
      await expectFocusOn(page, { name: words("committee.decision.byConsensus"), role: "radio" });
      await page.getByTestId("rec-for").waitFor({ state: "detached" });

      const record = words("committee.rec.recordAgreement");
      await tabTo(page, { name: record, role: "button" });
      await page.keyboard.press("Enter");
      await page.getByTestId("confirm-dialog").waitFor();
      await expectFocusOn(page, { name: record, testId: "confirm-yes" });
      await shot(page, "2-chair-confirms-consensus");
      await page.keyboard.press("Escape");
      await page.getByTestId("confirm-dialog").waitFor({ state: "detached" });
      await expectFocusOn(page, { name: record, testId: "record-agreement" });
      await confirmWithKeyboard(page, record, record, true);
      await page.getByTestId("rec-agreed").waitFor({ timeout: 20_000 });
      // The chair's controls gone with the decision, the focus is on the section's heading, not lost.
      await expectFocusOn(page, { name: words("committee.rec.agreement"), role: "heading" });

      const rapporteur = ctx.people[cast.rapporteur]!.page;
      await rapporteur.locator('[data-testid=recommendation][data-status="agreed"]').waitFor({ timeout: 30_000 });
      await tabTo(rapporteur, { name: words("committee.rec.present"), role: "button" });
      await rapporteur.keyboard.press("Enter");
      await rapporteur.locator('[data-testid=recommendation][data-status="presented"]').waitFor({ timeout: 20_000 });
      await expectFocusOn(rapporteur, { name: words("committee.rec.agreement"), role: "heading" });
      await shot(rapporteur, "3-recommendation-presented");
      expect(errors).toEqual([]);
    }, 240_000);
  });
  describe("the plenary: the secretariat adopts the groups' recommendations and submits them to the committee", () => {
    const { ctx } = stage("plenary");

    it("records the show of hands, adopts the set through its confirmation and submits the body's amendments", async () => {
      const page = ctx.secretariat.page;
      await followTask(page, "adopt_recommendations");
      await page.getByTestId("adoption-plan").waitFor({ timeout: 30_000 });
      await tabTo(page, { name: words("committee.decision.byConsensus"), role: "radio" });
      await page.keyboard.press(nextArrow(lang));
      await expectFocusOn(page, { name: words("committee.decision.byShowOfHands"), role: "radio" });
      for (const [key, count] of [
        ["for", "41"],
        ["against", "2"],
        ["abstain", "3"],
      ] as const) {
        await tabTo(page, { name: words(`committee.decision.${key}`), role: "textbox" });
        await retype(page, count);
      }
      const adopt = words("committee.adoption.adopt");
      await tabTo(page, { name: adopt, role: "button", testId: "adopt-set" });
      await shot(page, "4-plenary-decision");
      await confirmWithKeyboard(page, adopt, adopt);
      await page.getByTestId("adoption-result").waitFor({ timeout: 30_000 });
      await expect(page.getByTestId("adoption-decision").textContent()).resolves.toMatch(/41|٤١/);
      // The plan gone with the adoption, the focus is on the page's title, not lost.
      await expectFocusOn(page, { name: words("committee.adoption.heading"), role: "heading" });

      const submit = words("committee.submission.submitBody");
      await tabTo(page, { name: submit, role: "button" });
      await confirmWithKeyboard(page, submit, submit);
      await expect
        .poll(() => page.locator('[data-testid=body-amendment][data-status="submitted"]').count(), { timeout: 30_000 })
        .toBe(await page.getByTestId("body-amendment").count());
      await expectFocusOn(page, { name: words("committee.adoption.adopted"), role: "heading" });
      await shot(page, "5-plenary-submitted");
      expect(errors).toEqual([]);
    }, 240_000);
  });

  describe("the committee: a delegation tables and submits an amendment, the committee decides, revises and adopts", () => {
    const { ctx, api, signIn } = stage("committee");
    let draftId = "";

    it("the delegate tables an amendment on the draft and submits it through its confirmation", async () => {
      draftId = (ctx.detail.draftResolutions as Json[])[0]!.id as string;
      // Not the point of the walk: the deadline moved ahead, so that the delegation is on time.
      const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 16);
      await api("PUT", `/api/v1/drafts/${draftId}/deadline`, { local: ahead, timeZone: null, version: null });
      const page = await signIn(cast.delegate);
      await page.goto(`/drafts/${draftId}`);
      await tabTo(page, { name: words("drafts.propose.openFor", { label: "OP3" }), role: "button" }, { max: 400 });
      await page.keyboard.press("Enter");
      await page.getByTestId("propose-form").waitFor();
      // The form opens with the focus on its first field, what the amendment does.
      await expectFocusOn(page, { name: words("drafts.propose.amend"), role: "radio" });
      if (lang === "ar") {
        // She writes in Arabic: the amendment's language is chosen from its list with the arrows, and its wording follows.
        await tabTo(page, { name: new RegExp(literal(words("drafts.propose.language"))) });
        await page.keyboard.press("Enter");
        await arrowTo(page, "ArrowDown", { name: "العربية", role: "option" });
        await page.keyboard.press("Enter");
        await expectFocusOn(page, { name: `العربية ${words("drafts.propose.language")}` });
        await expect.poll(() => page.getByTestId("propose-text").getAttribute("lang")).toBe("ar");
      }
      await tabTo(page, { name: words("drafts.propose.text"), role: "textbox" });
      await retype(page, typed.amendment);
      await page.getByTestId("live-preview").locator("ins.tc-ins").first().waitFor();
      await page.getByTestId("propose-author").waitFor();
      await tabTo(page, { name: words("drafts.propose.keepDraft"), role: "button" });
      await shot(page, "6-delegate-amendment");
      await page.keyboard.press("Enter");
      await page.getByTestId("propose-form").waitFor({ state: "detached", timeout: 30_000 });
      // The form closed, the focus is back on the button that opened it.
      await expectFocusOn(page, { name: words("drafts.propose.openFor", { label: "OP3" }), role: "button" });

      await followTask(page, "deadline");
      await page.waitForURL(/\/committee$/);
      const submit = words("committee.submission.submit");
      await tabTo(page, { name: submit, role: "button", testId: "submit-amendment" });
      await confirmWithKeyboard(page, submit, submit);
      await page.locator('[data-testid=to-submit][data-status="submitted"]').waitFor({ timeout: 30_000 });
      await expectFocusOn(page, { name: words("committee.submission.heading"), role: "heading" });
      expect(errors).toEqual([]);
    }, 240_000);

    it("the secretariat records the committee's decision on each amendment, produces the revised draft and adopts it", async () => {
      const page = ctx.secretariat.page;
      await followTask(page, "decide_amendments");
      await page.waitForURL(/\/committee$/);
      await page.getByTestId("decide").first().waitFor({ timeout: 30_000 });
      const places = page.getByTestId("compiled-place");
      const accept = words("committee.decide.accept");
      const reject = words("committee.decide.reject");
      let escaped = false;
      // Place by place: the first amendment accepted, any other at the same place rejected, so that none conflict.
      for (let i = 0; i < (await places.count()); i++) {
        const place = places.nth(i);
        const heading = ((await place.getByRole("heading").first().textContent()) ?? "")
          .replace(/[\u2068\u2069]/g, "")
          .replace(/\s+/g, " ")
          .trim();
        const deciding = await place.getByTestId("decide").count();
        for (let n = 0; n < deciding; n++) {
          const [name, testId] = n === 0 ? [accept, "decide-accept"] : [reject, "decide-reject"];
          await tabTo(page, { name, role: "button", testId });
          if (!escaped) await shot(page, "7-committee-decision");
          await confirmWithKeyboard(page, name, name, !escaped);
          escaped = true;
          await expect.poll(() => place.getByTestId("decide").count(), { timeout: 30_000 }).toBe(deciding - n - 1);
          // The decision's buttons gone, the focus is on the place's heading, not lost.
          await expectFocusOn(page, { name: heading, role: "heading" });
        }
      }
      await expect.poll(() => page.getByTestId("decide").count(), { timeout: 30_000 }).toBe(0);

      await tabTo(page, { name: words("committee.revision.produce"), role: "button" });
      await page.keyboard.press("Enter");
      await page.getByTestId("open-revised").waitFor({ timeout: 30_000 });
      await expectFocusOn(page, { name: words("committee.revision.heading"), role: "heading" });
      await tabTo(page, { name: words("committee.revision.open"), role: "link" });
      await page.keyboard.press("Enter");
      await page.locator('[data-testid=committee-page][data-stage="revised"]').waitFor({ timeout: 30_000 });

      const adopt = words("committee.revision.adopt");
      await tabTo(page, { name: adopt, role: "button" });
      await confirmWithKeyboard(page, adopt, adopt);
      await page.getByTestId("resolution-adopted").waitFor({ timeout: 30_000 });
      await page.locator('[data-testid=committee-page][data-stage="adopted"]').waitFor({ timeout: 30_000 });
      await expectFocusOn(page, { name: words("committee.revision.adoption"), role: "heading" });
      await shot(page, "8-resolution-adopted");
      expect(errors).toEqual([]);
    }, 300_000);
  });
});
