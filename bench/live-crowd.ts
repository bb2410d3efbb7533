import { performance } from "node:perf_hooks";
import WebSocket from "ws";
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

/** One delegate opening the sitting: the page's data (for our app), then the live socket, until subscribed. */
const open = (t: CrowdTarget, sockets: WebSocket[]): Promise<void> =>
  (async () => {
    if (t.page) {
      const res = await fetch(`http://127.0.0.1:${t.port}/api/v1/sittings/${encodeURIComponent(t.sittingId)}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`page ${res.status}`);
    }
    await new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${t.port}/api/v1/live`, { perMessageDeflate: false });
      sockets.push(socket);
      const timer = setTimeout(() => reject(new Error("timed out")), CLIENT_TIMEOUT_MS);
      socket.on("error", reject);
      socket.on("unexpected-response", (_req, res) => reject(new Error(`handshake ${res.statusCode}`)));
      socket.on("close", () => reject(new Error("closed before subscribed")));
      socket.on("open", () => socket.send(JSON.stringify({ type: "subscribe", sittingId: t.sittingId })));
      socket.on("message", (data: Buffer) => {
        if ((JSON.parse(data.toString("utf8")) as { type?: string }).type !== "subscribed") return;
        clearTimeout(timer);
        resolve();
      });
    });
  })();

/** Opens `size` clients spread at random over the window across the targets; time until the last is subscribed. */
export const openCrowd = async (r: CrowdRequest & { size?: number }): Promise<CrowdResult> => {
  const targets = r.targets ?? [];
  const sockets: WebSocket[] = [];
  const started = performance.now();
  let errors = 0;
  let last = started;
  await Promise.all(
    Array.from({ length: r.size ?? CROWD }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * (r.spreadMs ?? SPREAD_MS)));
      try {
        await open(targets[i % targets.length]!, sockets);
        last = Math.max(last, performance.now());
      } catch {
        errors++;
      }
    }),
  );
  for (const s of sockets) s.terminate();
  return { ms: last - started, errors };
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
    const { ms = NaN, errors = NaN } = await by.call("crowd", { targets, spreadMs: SPREAD_MS, size: CROWD });
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
