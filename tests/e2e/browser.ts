import { chromium, type Browser } from "playwright-core";

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
