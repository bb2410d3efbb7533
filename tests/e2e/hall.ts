import type { Browser, Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** Opens a hall's screen address in a window of its own, signed in as nobody, as the hall's computer would. */
export const openHall = async (browser: Browser, baseURL: string, address: string, onError: (m: string) => void): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (e) => onError(`hall: ${e.message}`));
  await page.goto(address);
  // A hall's first load (code, its language's words, the slide) may take a while on a busy machine.
  await page.getByTestId("hall-screen").waitFor({ timeout: 30_000 });
  return page;
};

/** On the projector control page: sets up one hall screen and returns the address it was given. */
export const setUpScreen = async (control: Page, name: string, language: string): Promise<string> => {
  await control.getByTestId("screen-name").fill(name);
  await control.getByTestId("screen-language").selectOption(language);
  await control.getByTestId("screen-create").click();
  await expect.poll(async () => (await control.getByTestId("screen-address-box").textContent()) ?? "").toContain(name);
  return (await control.getByTestId("screen-address").getAttribute("href"))!;
};

/** One screen's controls on the projector control page. */
export const screenControl = (control: Page, screen: string): Locator =>
  control.locator(`[data-testid="screen-control"][data-screen="${screen}"]`);

/** Composes a slide on one screen's control and shows it at once. */
export const showOn = async (control: Page, screen: string, kind: string, fill?: (c: Locator) => Promise<void>): Promise<void> => {
  const c = screenControl(control, screen);
  await c.getByTestId("slide-kind").selectOption(kind);
  await fill?.(c);
  await c.getByTestId("slide-show").click();
};

/** What the hall shows now: the slide's kind, as the screen marks it. */
export const slideOf = (hall: Page) => hall.getByTestId("hall-screen").getAttribute("data-slide");
