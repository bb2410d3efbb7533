import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled, launchChromium, openPerson, printSkipNotice, type Person } from "./browser.js";
import { latinOnArabicScreen, type Problem } from "./latin-on-arabic.js";
import { axeProblems, overflow, settle } from "./screen-checks.js";
import { startServer, type RunningServer } from "./server.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/screenshots/screens");
const LANGUAGES = ["en", "fr", "es", "ar"] as const;
const DESKTOP = { width: 1280, height: 900 };
/** The narrowest phones in use: every screen must fit without scrolling sideways. */
const PHONE = { width: 360, height: 740 };
/** Enough screens to visit every kind of page once: the crawl stops there. */
const MAX_SCREENS = 40;

printSkipNotice();
const suite = browserTestsEnabled ? describe : describe.skip;

/** A page address with its ids replaced, so that two groups' pages count as one kind of screen. */
const kindOf = (path: string): string =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id")
    .replace(/\?.*$/, "")
    .replace(/\/\d+(?=\/|$)/g, "/:n");

/** A file name for a screen's picture. */
const fileOf = (path: string): string => kindOf(path).replace(/^\//, "").replace(/[/:]+/g, "-") || "home";

suite("every screen of the reference case, in four languages, on a desktop and a phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let secretariat: Person;
  const screens: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ RAPPORTEUR_REFERENCE_STAGE: "adopted" });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    secretariat = await openPerson(browser, server.baseUrl, "en", server.signInLink, (m) => errors.push(m));
    // Every screen the secretariat can reach by following links from the start page, one of each kind.
    const seen = new Set<string>();
    const queue = ["/"];
    const { page } = secretariat;
    while (queue.length > 0 && screens.length < MAX_SCREENS) {
      const path = queue.shift()!;
      if (seen.has(kindOf(path))) continue;
      seen.add(kindOf(path));
      await page.goto(path);
      await settle(page);
      screens.push(path);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
          .map((a) => new URL(a.href, window.location.href))
          .filter((u) => u.origin === window.location.origin)
          .map((u) => u.pathname + u.search),
      );
      for (const link of links) if (!link.startsWith("/api/") && !link.startsWith("/sign-in") && !seen.has(kindOf(link))) queue.push(link);
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("reaches the screens of every stage from the start page", () => {
    const kinds = screens.map(kindOf);
    for (const expected of ["/", "/sittings/:id", "/drafts/:id", "/drafts/:id/committee", "/groups/:id", "/sittings/:id/plenary", "/setup"])
      expect(kinds).toContain(expected);
  });

  it.each(LANGUAGES)(
    "has no serious or critical accessibility violation and fits a 360 px phone, %s interface",
    async (lang) => {
      const context = secretariat.context;
      await context.addInitScript((l) => window.localStorage.setItem("rapporteur.language", l), lang);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on("pageerror", (e) => errors.push(`${lang}: ${e.message}`));
      const problems: Problem[] = [];
      const pictures = lang === "en" || lang === "ar";
      try {
        for (const path of screens) {
          await page.setViewportSize(DESKTOP);
          await page.goto(path);
          await settle(page);
          expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
            lang,
            lang === "ar" ? "rtl" : "ltr",
          ]);
          problems.push(...(await axeProblems(page, `${lang} desktop ${path}`)));
          if (lang === "ar") problems.push(...(await latinOnArabicScreen(page, `${lang} desktop ${path}`)));
          if (pictures) await page.screenshot({ path: join(SCREENSHOTS, `${lang}-desktop-${fileOf(path)}.png`) });
          await page.setViewportSize(PHONE);
          await page.waitForTimeout(100);
          problems.push(...(await overflow(page, `${lang} phone ${path}`)));
          if (pictures) {
            problems.push(...(await axeProblems(page, `${lang} phone ${path}`)));
            await page.screenshot({ path: join(SCREENSHOTS, `${lang}-phone-${fileOf(path)}.png`), fullPage: true });
          }
        }
      } finally {
        await page.close();
      }
      expect(problems.map((p) => `${p.screen}: ${p.what}`)).toEqual([]);
      expect(errors).toEqual([]);
    },
    600_000,
  );
});
