import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { reconnectDelay } from "../src/web/live/reconnect.js";
import type { Measured } from "./run.js";

/** One server a crowd opens: its port, the sitting, and whether each client loads the page's data first. */
export interface CrowdTarget {
  readonly port: number;
  readonly sittingId: string;
  readonly page: boolean;
}
export interface CrowdRequest {
  readonly targets?: readonly CrowdTarget[];
  readonly spreadMs?: number;
}
export interface CrowdResult {
  readonly ms?: number;
  readonly errors?: number;
  /** Why clients failed, and why refused handshakes were tried again (as the web app does), by reason. */
  readonly reasons?: Record<string, number>;
  readonly retries?: Record<string, number>;
}

/** What the rows need from a bench process: the request/reply call of bench/live.ts. */
export interface Caller {
  call(
    op: "info" | "lag-start" | "lag-stop" | "crowd",
    extra?: Record<string, unknown>,
  ): Promise<{ port?: number; sittingId?: string; p99?: number } & CrowdResult>;
}

export const CROWD = 1000;
const SPREAD_MS = 5000;
const CLIENT_TIMEOUT_MS = 60_000;

const tally = (counts: Record<string, number>, reason: string) => (counts[reason] = (counts[reason] ?? 0) + 1);
const reasonOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return error instanceof Error ? `${error.message}${cause ? ` (${cause.code ?? cause.message})` : ""}` : String(error);
};

/** One GET as the web app's client sends it; the event position it was read at. */
const read = async (url: string, what: string): Promise<number | null> => {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: "application/json", "accept-encoding": "gzip, deflate, br" } });
  } catch (error) {
    throw new Error(`${what}: ${reasonOf(error)}`);
  }
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${what} ${res.status}`);
  const at = Number(res.headers.get("x-event-position") ?? Number.NaN);
  return Number.isSafeInteger(at) ? at : null;
};

/** One try at the live socket, subscribed after POSITION as the sitting page subscribes. */
const subscribe = (t: CrowdTarget, position: number | null, sockets: WebSocket[], deadline: number): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${t.port}/api/v1/live`, { perMessageDeflate: false });
    sockets.push(socket);
    const timer = setTimeout(() => reject(new Error("timed out")), Math.max(0, deadline - performance.now()));
    const fail = (error: Error) => (clearTimeout(timer), reject(error));
    socket.on("error", (error) => fail(new Error(`socket: ${reasonOf(error)}`)));
    socket.on("unexpected-response", (_req, res) => fail(new Error(`handshake ${res.statusCode}`)));
    socket.on("close", () => fail(new Error("closed before subscribed")));
    socket.on("open", () =>
      socket.send(JSON.stringify({ type: "subscribe", sittingId: t.sittingId, ...(position === null ? {} : { after: position }) })),
    );
    socket.on("message", (data: Buffer) => {
      if ((JSON.parse(data.toString("utf8")) as { type?: string }).type !== "subscribed") return;
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * One delegate opening the sitting as the sitting page does: its two first reads at once (the sitting, its draft
 * texts; for our app), then the live socket after the sitting's position, until subscribed. A refused or dropped
 * socket is opened again after the web app's own backoff (`reconnectDelay`); a refused read is an error, as on screen.
 */
const open = async (t: CrowdTarget, sockets: WebSocket[], retries: Record<string, number>): Promise<void> => {
  const deadline = performance.now() + CLIENT_TIMEOUT_MS;
  let position: number | null = null;
  if (t.page) {
    const base = `http://127.0.0.1:${t.port}/api/v1/sittings/${encodeURIComponent(t.sittingId)}`;
    [position] = await Promise.all([read(base, "page"), read(`${base}/draft-texts`, "draft texts")]);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      return await subscribe(t, position, sockets, deadline);
    } catch (error) {
      const wait = reconnectDelay(attempt);
      if (reasonOf(error) === "timed out" || performance.now() + wait >= deadline) throw error;
      tally(retries, reasonOf(error));
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
};

/** Opens `size` clients spread at random over the window across the targets; time until the last is subscribed. */
export const openCrowd = async (r: CrowdRequest & { size?: number }): Promise<CrowdResult> => {
  const targets = r.targets ?? [];
  const sockets: WebSocket[] = [];
  const reasons: Record<string, number> = {};
  const retries: Record<string, number> = {};
  const started = performance.now();
  let errors = 0;
  let last = started;
  await Promise.all(
    Array.from({ length: r.size ?? CROWD }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * (r.spreadMs ?? SPREAD_MS)));
      try {
        await open(targets[i % targets.length]!, sockets, retries);
        last = Math.max(last, performance.now());
      } catch (error) {
        errors++;
        tally(reasons, reasonOf(error));
      }
    }),
  );
  for (const s of sockets) s.terminate();
  return { ms: last - started, errors, reasons, retries };
};

/**
 * The crowd benchmark: 1,000 delegates open the sitting within 5 s (the chair says "open Rapporteur"),
 * spread over our instances, against the same crowd on a bare ws server (socket only, no page data).
 */
export const crowdRows = async (
  label: string,
  servers: readonly Caller[],
  bare: Caller,
  clients: Caller,
  bareClients: Caller,
): Promise<Measured[]> => {
  const run = async (on: readonly Caller[], by: Caller, page: boolean) => {
    const targets = await Promise.all(on.map(async (s) => ({ ...(await s.call("info")), page }) as CrowdTarget));
    for (const s of on) await s.call("lag-start");
    const { ms = NaN, errors = NaN, reasons = {}, retries = {} } = await by.call("crowd", { targets, spreadMs: SPREAD_MS, size: CROWD });
    const what = page ? "page data + live socket" : "socket only";
    if (errors > 0) console.log(`Note: crowd (${label}, ${what}): failed clients by reason: ${JSON.stringify(reasons)}`);
    if (Object.keys(retries).length > 0)
      console.log(`Note: crowd (${label}, ${what}): sockets opened again by reason: ${JSON.stringify(retries)}`);
    let p99 = 0;
    for (const s of on) p99 = Math.max(p99, (await s.call("lag-stop")).p99 ?? NaN);
    return { ms, errors, p99 };
  };
  const ours = await run(servers, clients, true);
  const socketOnly = await run(servers, clients, false);
  const base = await run([bare], bareClients, false);
  const name = (what: string) =>
    `live: 1,000 clients open the sitting within 5 s (${label}; page data + live socket) vs bare ws (socket only) — ${what}`;
  return [
    { name: name("time until all subscribed"), ours: ours.ms, baseline: base.ms, unit: "ms" },
    {
      name: `live: 1,000 clients open the live socket within 5 s (${label}; socket only) vs bare ws — time until all subscribed`,
      ours: socketOnly.ms,
      baseline: base.ms,
      unit: "ms",
    },
    { name: name("errors"), ours: ours.errors, baseline: base.errors, unit: "clients" },
    { name: name("event-loop delay p99 (server)"), ours: ours.p99, baseline: base.p99, unit: "ms" },
  ];
};
