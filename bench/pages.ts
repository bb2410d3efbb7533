import { fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import type * as Propose from "../src/commands/amendments/propose.js";
import type * as Config from "../src/config.js";
import type * as Runtime from "../src/runtime.js";
import type * as Accounts from "../src/store/accounts.js";
import type * as DraftCreate from "../src/store/draft-create.js";
import type * as DraftReads from "../src/commands/drafts/read.js";
import type { Measured } from "./run.js";
import { benchmarkData } from "./text-engine.js";

/**
 * The draft and committee pages at 300 paragraphs and 2,000 amendments, opened as the secretariat in headless
 * Chromium on a fresh SQLite store, against a static HTML page with the same text served from memory.
 * RAPPORTEUR_BENCH_ROOT names another checkout (with its `dist/web` built) to measure it with the same load.
 */

const SERVER_FLAG = "--bench-pages-server";
const ROOT = resolve(process.env.RAPPORTEUR_BENCH_ROOT ?? fileURLToPath(new URL("..", import.meta.url)));
const RUNS = Number(process.env.RAPPORTEUR_BENCH_PAGE_RUNS ?? 3);
const SETTLE_MS = 1_000;
/** RAPPORTEUR_BENCH_TRACE=1 prints each request of each load: when it left, when it ended, its size. */
const TRACE = process.env.RAPPORTEUR_BENCH_TRACE === "1";
const TIMEOUT_MS = 120_000;
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

interface Served {
  readonly url: string;
  readonly signInLink: string;
  readonly draftId: string;
  readonly sittingId: string;
  readonly amendments: number;
  readonly paragraphs: number;
}

/** What one page load cost, from navigation to the first content and then until the network and the main thread are quiet. */
export interface PageFigures {
  readonly contentMs: number;
  readonly taskMs: number;
  readonly scriptMs: number;
  readonly heapMb: number;
  readonly elements: number;
  readonly kilobytes: number;
  readonly requests: number;
}

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });

// ---------------------------------------------------------------------------------------------------------------
// The server: the app of ROOT on a fresh SQLite store, with the benchmark's draft and amendments in the first sitting.

const serve = async (dir: string): Promise<void> => {
  const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, path)).href) as Promise<T>;
  const { loadConfig } = await load<typeof Config>("src/config.ts");
  const { startServer } = await load<typeof Runtime>("src/runtime.ts");
  const { createDraft } = await load<typeof DraftCreate>("src/store/draft-create.ts");
  const { visibleDraft } = await load<typeof DraftReads>("src/commands/drafts/read.ts");
  const { recordProposal } = await load<typeof Propose>("src/commands/amendments/propose.ts");
  const { accountView, findAccountByEmail, principalOf } = await load<typeof Accounts>("src/store/accounts.ts");

  let link = "";
  const port = String(await freePort());
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, "pages.db")}`,
    PORT: port,
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
  });
  const running = await startServer(config, (line) => {
    link ||= /http:\/\/\S+\/sign-in\/link\?token=\S+/.exec(line)?.[0] ?? "";
  });
  const admin = await findAccountByEmail(running.store.db, "admin@rapporteur.local");
  if (!admin || !link) throw new Error("No secretariat account or sign-in link on the fresh store");
  const principal = principalOf(await accountView(running.store.db, admin.id));
  const sitting = await running.store.db.selectFrom("sittings").select("id").orderBy("id").executeTakeFirstOrThrow();

  const { draft, amendments } = benchmarkData();
  const { result: draftId } = await running.writer.run(admin.id as never, (ctx) =>
    createDraft(ctx, sitting.id, {
      symbol: "BENCH/300x2000",
      title: "A draft resolution of 300 paragraphs with 2,000 amendments",
      language: "en",
      illustrative: false,
      publish: true,
      source: null,
      paragraphs: draft.paragraphs.map((p) => ({ kind: p.kind, text: p.text.versions.en?.text ?? "", subParagraphs: [] })),
    }),
  );
  const stored = await visibleDraft(running.store.db, principal, draftId);
  const idOf = new Map(draft.paragraphs.map((p, i) => [p.id as string, stored.text.paragraphs[i]?.id]));
  const authors = ["Kenya", "France", "Chile", "Japan", "Mexico", "Sweden", "Egypt", "India", "Brazil", "Canada"];
  for (const [i, a] of amendments.entries()) {
    const { id: _id, status, ...fields } = a;
    const input = {
      ...fields,
      ...(a.target ? { target: idOf.get(a.target) } : {}),
      ...(a.after ? { after: idOf.get(a.after) } : {}),
      author: authors[i % authors.length] ?? null,
      coSponsors: [],
      justification: null,
      submit: true,
    } as Parameters<typeof recordProposal>[2];
    // Tabled by no account of the secretariat, as delegations table them: none is among the secretariat's own.
    const { result } = await running.writer.run(null, (ctx) => recordProposal(ctx, stored, input));
    if (status !== "submitted")
      await running.store.db.updateTable("amendments").set({ status }).where("id", "=", result.amendment.id).execute();
  }
  const profile = await profileServer();
  process.on("disconnect", () => void profile().then(() => running.stop().then(() => process.exit(0))));
  process.send?.({
    url: `http://127.0.0.1:${port}`,
    signInLink: link,
    draftId,
    sittingId: sitting.id,
    amendments: amendments.length,
    paragraphs: draft.paragraphs.length,
  } satisfies Served);
};

/** RAPPORTEUR_BENCH_PROFILE=FILE writes the server's CPU profile of the page loads (after the data is made) to FILE. */
const profileServer = async (): Promise<() => Promise<void>> => {
  const file = process.env.RAPPORTEUR_BENCH_PROFILE;
  if (!file) return async () => undefined;
  const { Session } = await import("node:inspector/promises");
  const { writeFile } = await import("node:fs/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    await writeFile(file, JSON.stringify(profile));
  };
};

// ---------------------------------------------------------------------------------------------------------------
// The baseline: the same text as one static page, served from memory.

const escape = (s: string): string => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

const staticPage = (): string => {
  const { draft, amendments } = benchmarkData();
  const byPlace = new Map<string, string[]>();
  for (const [i, a] of amendments.entries()) {
    const place = (a.target ?? a.after ?? "") as string;
    const list = byPlace.get(place) ?? [];
    list.push(`<li data-testid="amendment"><b>Amendment ${i + 1}</b> <p>${escape(a.text ?? "(deletion)")}</p></li>`);
    byPlace.set(place, list);
  }
  const paragraphs = draft.paragraphs
    .map(
      (p, i) =>
        `<li class="draft-paragraph"><span>${i < 100 ? "PP" : "OP"}${i < 100 ? i + 1 : i - 99}</span><p>${escape(p.text.versions.en?.text ?? "")}</p><ol>${(byPlace.get(p.id) ?? []).join("")}</ol></li>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Draft</title></head><body><main><h1>Draft</h1><ol>${paragraphs}</ol></main></body></html>`;
};

const serveStatic = async (html: string): Promise<{ server: Server; url: string }> => {
  const body = gzipSync(html);
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("no address");
  return { server, url: `http://127.0.0.1:${address.port}/` };
};

// ---------------------------------------------------------------------------------------------------------------
// The measure: one cold page load in a fresh context.

/** Records, in the page, when the first element matching the selector appears. */
const contentProbe = (selector: string) => `
  (() => {
    const seen = () => {
      if (window.__contentAt === undefined && document.querySelector(${JSON.stringify(selector)})) window.__contentAt = performance.now();
      return window.__contentAt !== undefined;
    };
    new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true });
  })();`;

const measurePage = async (context: BrowserContext, url: string, selector: string): Promise<PageFigures> => {
  const page = await context.newPage();
  await page.addInitScript(contentProbe(selector));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("Network.enable");
  let bytes = 0;
  let requests = 0;
  let lastNetwork = Date.now();
  const started = new Map<string, { url: string; at: number }>();
  const t0 = Date.now();
  cdp.on("Network.requestWillBeSent", (event: { requestId: string; request: { url: string } }) => {
    requests += 1;
    lastNetwork = Date.now();
    started.set(event.requestId, { url: event.request.url, at: lastNetwork - t0 });
  });
  cdp.on("Network.loadingFinished", (event: { requestId: string; encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    lastNetwork = Date.now();
    const request = started.get(event.requestId);
    if (TRACE && request)
      console.error(
        `  ${String(request.at).padStart(6)} → ${String(lastNetwork - t0).padStart(6)} ms ${(event.encodedDataLength / 1024).toFixed(1).padStart(8)} KiB ${request.url.replace(/^https?:\/\/[^/]+/, "")}`,
      );
  });
  const metrics = async () => {
    const { metrics: list } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  const before = await metrics();
  await page.goto(url, { waitUntil: "commit", timeout: TIMEOUT_MS });
  await page.waitForFunction(() => (window as unknown as { __contentAt?: number }).__contentAt !== undefined, undefined, {
    timeout: TIMEOUT_MS,
    polling: 100,
  });
  const contentMs = await page.evaluate(() => (window as unknown as { __contentAt: number }).__contentAt);
  if (TRACE) console.error(`  content at ${Math.round(contentMs)} ms: ${url}`);
  // Quiet: no request for a second, and the main thread has had a frame to spare.
  while (Date.now() - lastNetwork < SETTLE_MS) await page.waitForTimeout(200);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const after = await metrics();
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await metrics()).JSHeapUsedSize ?? 0;
  const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
  await page.close();
  return {
    contentMs,
    taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    heapMb: heap / 1024 / 1024,
    elements,
    kilobytes: bytes / 1024,
    requests,
  };
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The screens pages are opened on: the hall's desktop, a 360 px phone and a projector's full HD. */
const DEVICES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  projector: { viewport: { width: 1920, height: 1080 } },
} as const;
type Device = keyof typeof DEVICES;

/** The median of several cold loads, each in a new context with the session's cookies and an empty cache. */
const measure = async (
  browser: Browser,
  storageState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined,
  url: string,
  selector: string,
  device: Device = "desktop",
): Promise<PageFigures> => {
  const runs: PageFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ ...DEVICES[device], storageState });
    try {
      runs.push(await measurePage(context, url, selector));
    } finally {
      await context.close();
    }
  }
  const pick = (key: keyof PageFigures) => median(runs.map((r) => r[key]));
  return {
    contentMs: pick("contentMs"),
    taskMs: pick("taskMs"),
    scriptMs: pick("scriptMs"),
    heapMb: pick("heapMb"),
    elements: pick("elements"),
    kilobytes: pick("kilobytes"),
    requests: pick("requests"),
  };
};

/**
 * A hall screen of the benchmark's sitting, set up as the secretariat, which shows the slides it is given; and the
 * paragraph with the most amendments, with the first of them, for a paragraph slide.
 */
const hallScreen = async (signedIn: BrowserContext, served: Served) => {
  const api = signedIn.request;
  const { csrfToken } = (await (await api.get(`${served.url}/api/v1/session`)).json()) as { csrfToken: string };
  const send = async <T>(path: string, data: unknown): Promise<T> => {
    const response = await api.post(`${served.url}${path}`, { data, headers: { "x-csrf-token": csrfToken } });
    if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const issued = await send<{ projector: { id: string; version: number }; address: string }>(
    `/api/v1/sittings/${served.sittingId}/projectors`,
    { name: "Hall", language: "en" },
  );
  const listed = (await (await api.get(`${served.url}/api/v1/drafts/${served.draftId}/amendments`)).json()) as {
    amendments: { id: string; target: string | null }[];
  };
  const byTarget = new Map<string, string[]>();
  for (const a of listed.amendments) if (a.target) byTarget.set(a.target, [...(byTarget.get(a.target) ?? []), a.id]);
  const [paragraphId = "", ids = []] = [...byTarget].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  let version = issued.projector.version;
  return {
    url: new URL(issued.address, served.url).href,
    busiest: { paragraphId, amendmentId: ids[0] ?? null, count: ids.length },
    show: async (slide: Record<string, unknown>) => {
      const record = await send<{ version: number }>(`/api/v1/projectors/${issued.projector.id}/steps`, {
        version,
        step: { type: "show", slide },
      });
      version = record.version;
    },
  };
};

/** In the page (as text: the bench's own code is compiled with helpers the page does not have), the scroll's figures. */
const scrollScript = (list: string, row: string) => `
  (async () => {
    const tasks = [];
    new PerformanceObserver((entries) => tasks.push(...entries.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const started = performance.now();
    document.querySelector(${JSON.stringify(list)})?.scrollIntoView();
    while (!document.querySelector(${JSON.stringify(row)})) await frame();
    const firstRowMs = performance.now() - started;
    for (let screen = 0; screen < 20; screen++) {
      window.scrollBy(0, window.innerHeight);
      await frame();
      await frame();
    }
    await new Promise((r) => setTimeout(r, 200));
    return { firstRowMs, longestTaskMs: Math.max(0, ...tasks) };
  })()`;

/**
 * Scrolling a loaded page on a device: from the top to the list (LIST), how long until its first row (ROW) is drawn,
 * then down a screen at a time for twenty screens, the longest main-thread task meanwhile. The median of RUNS loads.
 */
const measureScroll = async (
  browser: Browser,
  storageState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined,
  url: string,
  selectors: { readonly list: string; readonly row: string },
  device: Device,
): Promise<{ firstRowMs: number; longestTaskMs: number }> => {
  const runs: { firstRowMs: number; longestTaskMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ ...DEVICES[device], storageState });
    try {
      const page = await context.newPage();
      await page.goto(url, { timeout: TIMEOUT_MS });
      await page.locator(selectors.list).first().waitFor({ timeout: TIMEOUT_MS });
      await page.waitForTimeout(SETTLE_MS);
      runs.push((await page.evaluate(scrollScript(selectors.list, selectors.row))) as { firstRowMs: number; longestTaskMs: number });
    } finally {
      await context.close();
    }
  }
  return { firstRowMs: median(runs.map((r) => r.firstRowMs)), longestTaskMs: median(runs.map((r) => r.longestTaskMs)) };
};

export const startAppServer = async (dir: string) => {
  const child = fork(fileURLToPath(import.meta.url), [SERVER_FLAG, dir], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const served = await new Promise<Served>((resolveServed, reject) => {
    child.once("message", (m) => resolveServed(m as Served));
    child.once("exit", (code) => reject(new Error(`The page bench server exited with code ${code}`)));
  });
  return { child, served };
};

/** Both pages and the static baseline, each row with what one load costs. */
export const benchPages = async (): Promise<Measured[]> => {
  if (!existsSync(join(ROOT, "dist/web/index.html"))) throw new Error(`${ROOT}/dist/web is missing: build the web app first`);
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-bench-pages-"));
  const { child, served } = await startAppServer(dir);
  const baseline = await serveStatic(staticPage());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const signIn = await browser.newContext();
    const page = await signIn.newPage();
    await page.goto(served.signInLink);
    await page.getByText("You are signed in").waitFor({ timeout: TIMEOUT_MS });
    const storageState = await signIn.storageState();
    // Kept open: the hall screen's slides are chosen through its session.
    const screen = await hallScreen(signIn, served);

    const base = await measure(browser, undefined, baseline.url, "[data-testid=amendment]");
    const draftUrl = `${served.url}/drafts/${served.draftId}`;
    const draft = await measure(browser, storageState, draftUrl, "[data-testid=amendment]");
    const committee = await measure(browser, storageState, `${draftUrl}/committee`, "[data-testid=compiled-place]");
    const phoneBase = await measure(browser, undefined, baseline.url, "[data-testid=amendment]", "phone");
    // On a phone the draft's text starts below the first screen: the page is drawn once its list is.
    const phone = await measure(browser, storageState, draftUrl, ".draft-paragraphs", "phone");
    const phoneScrollBase = await measureScroll(browser, undefined, baseline.url, { list: "ol", row: "[data-testid=amendment]" }, "phone");
    const phoneScroll = await measureScroll(
      browser,
      storageState,
      draftUrl,
      { list: ".draft-paragraphs", row: "[data-testid=amendment]" },
      "phone",
    );
    const projectorBase = await measure(browser, undefined, baseline.url, "[data-testid=amendment]", "projector");
    await screen.show({ kind: "text", draftId: served.draftId });
    const textSlide = await measure(browser, undefined, screen.url, "[data-testid=slide-text]", "projector");
    await screen.show({ kind: "paragraph", paragraphId: screen.busiest.paragraphId, amendmentId: screen.busiest.amendmentId });
    const paragraphSlide = await measure(browser, undefined, screen.url, "[data-testid=projector-amendment]", "projector");
    await signIn.close();
    const size = `${served.paragraphs} paragraphs × ${served.amendments.toLocaleString("en-US")} amendments`;
    const rows = (name: string, f: PageFigures, b = base): Measured[] => [
      { name: `pages: ${name} (${size}) until content is shown, vs static page`, ours: f.contentMs, baseline: b.contentMs, unit: "ms" },
      { name: `pages: ${name} main-thread CPU, vs static page`, ours: f.taskMs, baseline: b.taskMs, unit: "ms" },
      { name: `pages: ${name} script time, vs static page`, ours: f.scriptMs, baseline: b.scriptMs, unit: "ms" },
      { name: `pages: ${name} JS heap after GC, vs static page`, ours: f.heapMb, baseline: b.heapMb, unit: "MB" },
      { name: `pages: ${name} elements, vs static page`, ours: f.elements, baseline: b.elements, unit: "elements" },
      {
        name: `pages: ${name} bytes fetched (${f.requests} requests, static: ${b.requests}), vs static page`,
        ours: f.kilobytes,
        baseline: b.kilobytes,
        unit: "KiB",
      },
    ];
    const short = (name: string, f: PageFigures, b: PageFigures): Measured[] => rows(name, f, b).filter((r) => r.unit === "ms");
    return [
      ...rows("draft page", draft),
      ...rows("committee page", committee),
      ...short("draft page on a 360 px phone", phone, phoneBase),
      {
        name: "pages: draft page on a 360 px phone, scrolled to the text: until its first amendment is drawn, vs static page",
        ours: phoneScroll.firstRowMs,
        baseline: phoneScrollBase.firstRowMs,
        unit: "ms",
      },
      {
        name: "pages: draft page on a 360 px phone, longest main-thread task while scrolling twenty screens, vs static page",
        ours: phoneScroll.longestTaskMs,
        baseline: phoneScrollBase.longestTaskMs,
        unit: "ms",
      },
      ...short(`hall screen (1920 × 1080), the draft's text slide`, textSlide, projectorBase),
      ...short(
        `hall screen (1920 × 1080), the slide of the paragraph with the most amendments (${screen.busiest.count})`,
        paragraphSlide,
        projectorBase,
      ),
    ];
  } finally {
    await browser.close();
    baseline.server.close();
    child.disconnect();
    await new Promise((r) => (child.exitCode === null ? child.once("exit", r) : r(null)));
    rmSync(dir, { recursive: true, force: true });
  }
};

if (process.argv[2] === SERVER_FLAG) await serve(process.argv[3] ?? tmpdir());
