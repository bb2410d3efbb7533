import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { Problem } from "./latin-on-arabic.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Waits until the screen has its content: no loading message, fonts ready, the network quiet. */
export const settle = async (page: Page): Promise<void> => {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.waitForFunction(() => document.querySelector(".status-loading") === null && document.querySelector("main, h1") !== null);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
};

/** axe's serious and critical violations on the screen, each with the first elements it names. */
export const axeProblems = async (page: Page, screen: string): Promise<Problem[]> => {
  // Evaluated through the browser's debugging protocol: the page's own CSP forbids inline scripts, and stays on.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: Json[] }> } }).axe;
    type Json = { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] };
    /**
     * react-aria's live announcer says a pending button's name for 7 s through an element labelled by that button;
     * once the action is done its button is often replaced by the result or hidden with its dialog, and the element
     * names nothing until it goes. Only such a passing announcement is left out; every other element is judged.
     */
    const gone = (label: string): boolean => {
      const named = document.getElementById(label);
      return named === null || !named.checkVisibility();
    };
    for (const element of document.querySelectorAll("[data-live-announcer] [role=img][aria-labelledby]")) {
      if (element.getAttribute("aria-labelledby")!.split(/\s+/).every(gone)) element.setAttribute("data-passing-announcement", "");
    }
    const result = await axe.run({ exclude: [["[data-passing-announcement]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)}`),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ screen, what: `${v.impact} ${v.id} (${v.help}): ${v.nodes.join(" | ")}` }));
};

/** What sticks out sideways on a narrow screen: the page's width beyond the window, and the widest culprits. */
export const overflow = (page: Page, screen: string): Promise<Problem[]> =>
  page.evaluate((s) => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const culprits = [...document.querySelectorAll("body *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1) && getComputedStyle(e).position !== "fixed";
      })
      // Controls kept for forms and screen readers inside a visually hidden box take no room.
      .filter((e) => !e.closest("[style*='clip'], .visually-hidden"))
      .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > width + 1 || c.getBoundingClientRect().left < -1))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().width)}px)`);
    return [{ screen: s, what: `${document.documentElement.scrollWidth}px wide in ${width}px: ${culprits.join(", ")}` }];
  }, screen);
