import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

/** Browser tests need Chromium and take time; they run when RAPPORTEUR_BROWSER_TESTS=1. */
export const browserTestsEnabled = process.env.RAPPORTEUR_BROWSER_TESTS === "1";

let noticePrinted = false;

/** Says once, in the test output, why the browser tests were skipped. */
export const printSkipNotice = (): void => {
  if (browserTestsEnabled || noticePrinted) return;
  noticePrinted = true;
  console.warn("Browser tests skipped: set RAPPORTEUR_BROWSER_TESTS=1 to run them with /usr/bin/chromium.");
};

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });

/** One person in their own browser window, signed in through a one-time link. */
export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Any JSON answer, read by a test that knows its shape. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Opens a window of its own for one person in the given interface language, follows their sign-in
 * link and waits until the session is theirs; page errors go to `onError`.
 */
export const openPerson = async (
  browser: Browser,
  baseURL: string,
  lang: string,
  link: string,
  onError: (message: string) => void,
  viewport: { readonly width: number; readonly height: number } = { width: 1280, height: 900 },
): Promise<Person> => {
  const context = await browser.newContext({ viewport, baseURL, locale: lang, hasTouch: viewport.width < 600 });
  await context.addInitScript((l) => window.localStorage.setItem("rapporteur.language", l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (e) => onError(e.message));
  await page.goto(link);
  // Polled from here: page.evaluate awaits the page's promise, so the session is read after the link was redeemed.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const session = await page.evaluate(() =>
      fetch("/api/v1/session")
        .then((r) => r.json())
        .then((s: { account: unknown; csrfToken: string | null }) => ({ signedIn: s.account !== null, token: s.csrfToken })),
    );
    if (session.signedIn && session.token) break;
    if (Date.now() > deadline) throw new Error(`The sign-in link ${link} did not sign in within 15 s`);
    await page.waitForTimeout(100);
  }
  return { context, page };
};

/** The session's CSRF token, as the page would read it; a session without one fails the test here, by name. */
export const csrfTokenOf = async (person: Person): Promise<string> => {
  const token = await person.page.evaluate(() =>
    fetch("/api/v1/session")
      .then((r) => r.json())
      .then((s: { csrfToken: string | null }) => s.csrfToken),
  );
  if (!token) throw new Error("The session has no CSRF token: the person is not signed in");
  return token;
};

/** An API call in one person's session; any answer of 300 or more fails the test with its body. */
export const callApi = async (
  person: Person,
  method: "GET" | "POST" | "PUT",
  url: string,
  body?: unknown,
  csrfToken?: string,
): Promise<Json> => {
  const token = csrfToken ?? (await csrfTokenOf(person));
  const res = await person.context.request.fetch(url, {
    method,
    headers: { "x-csrf-token": token, "content-type": "application/json" },
    ...(body === undefined ? {} : { data: body }),
  });
  if (res.status() >= 300) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as Json;
};

/**
 * TEXT as a person reads it on screen, where names and other people's text inside a sentence are wrapped in
 * Unicode isolates (U+2068 … U+2069) that take no room.
 */
export const shown = (text: string): RegExp =>
  new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\u2068\\u2069]*"));

/** Picks an option of one of the product's drop-down lists (the browser's own, or a button that opens a list box) by its text. */
export const choose = async (page: Page, select: Locator, option: string): Promise<void> => {
  if (await select.evaluate((element) => element.tagName === "SELECT")) {
    await select.selectOption({ label: option });
    return;
  }
  await select.click();
  await page.getByRole("option", { name: option, exact: true }).click();
};

/**
 * Presses a button that asks for confirmation and confirms: pressed again (at most three times) if its dialog has not
 * opened, as a person does when a press lands while a busy phone is still laying the screen out.
 */
export const confirmWith = async (page: Page, trigger: Locator): Promise<void> => {
  const dialog = page.getByTestId("confirm-dialog");
  for (let attempt = 1; ; attempt++) {
    await trigger.click();
    const opened = await dialog
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (opened) break;
    if (attempt === 3) throw new Error("the confirmation dialog did not open after three presses");
  }
  await dialog.getByTestId("confirm-yes").click();
};
