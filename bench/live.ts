import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import WebSocket, { WebSocketServer } from "ws";
import type { StoreLocation } from "../src/config.js";
import { asId, type SittingId } from "../src/domain/ids.js";
import { startLiveChannel } from "../src/live/channel.js";
import { buildApp, LISTEN_BACKLOG } from "../src/server/app.js";
import { openStore } from "../src/store/database.js";
import { lastPosition } from "../src/store/events.js";
import { migrateToLatest } from "../src/store/migrate.js";
import { loadMeetingFixture, readMeetingFixture } from "../src/store/reference-case/load.js";
import { Writer } from "../src/store/write.js";
import { crowdRows, openCrowd, type CrowdRequest, type CrowdResult } from "./live-crowd.js";
import type { Measured } from "./run.js";

const SIZES = [1000, 5000, 10_000];
const REDIS_SIZES = [5000, 10_000];
const ROUNDS = 8;
const CONNECT_BATCH = 250;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const CHILD_FLAG = "--bench-live-child";

export type Op = "info" | "ping" | "mem" | "fire" | "grow" | "arm" | "collect" | "lag-start" | "lag-stop" | "crowd";
/** What the parent and a child process say to each other: a request with an op, or the reply with the same id. */
export type Msg = {
  id: number;
  op?: Op;
  error?: string;
  mark?: string;
  message?: string;
  port?: number;
  sittingId?: string;
  size?: number;
} & CrowdRequest;
type Reply = Msg & { t?: number; rss?: number; heap?: number; p99?: number; receipts?: number[]; sample?: string } & CrowdResult;
type Answer = Omit<Reply, "id">;

/** Answers the parent's requests; ping and memory are the same for every role. */
export const answer = (handle: (r: Msg) => Promise<Answer>): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  process.on("disconnect", () => process.exit(0));
  process.on("message", (raw) => {
    const r = raw as Msg;
    const send = (body: Answer) => process.send?.({ id: r.id, ...body });
    if (r.op === "ping") return send({ t: performance.now() });
    if (r.op === "mem") {
      gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      return send({ rss, heap: heapUsed });
    }
    if (r.op === "lag-start") return (lag.reset(), lag.enable(), send({}));
    if (r.op === "lag-stop") return (lag.disable(), send({ p99: lag.percentile(99) / 1e6 }));
    handle(r).then(send, (error: unknown) => send({ error: String(error) }));
  });
  process.send?.({ id: 0 });
};

const speakersPayload = (mark: string) => ({
  mark,
  current: { participant: "p-07", startedAt: "2021-11-26T11:42:00.000Z", limitSeconds: 180 },
  queue: ["p-12", "p-03", "p-21", "p-15"].map((participant, i) => ({ participant, order: i + 1 })),
});

/** A server: our app built from its parts as the runtime wires it, or a bare ws broadcaster. */
const serve = async (role: string): Promise<void> => {
  let port = 0;
  let sittingId = "bare";
  let fire: (mark: string, message: string) => Promise<void>;
  if (role === "bare") {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, maxPayload: 4096 });
    await new Promise<void>((resolve) => wss.once("listening", resolve));
    const subscribers = new Set<WebSocket>();
    wss.on("connection", (socket) => {
      socket.once("message", () => {
        subscribers.add(socket);
        socket.send(JSON.stringify({ type: "subscribed", position: 0 }));
      });
      socket.on("close", () => subscribers.delete(socket));
    });
    port = (wss.address() as { port: number }).port;
    fire = async (_mark, message) => {
      for (const socket of subscribers) if (socket.readyState === socket.OPEN) socket.send(message);
    };
  } else {
    const db = process.env.BENCH_DB ?? ":memory:";
    const location: StoreLocation = db.startsWith("postgres") ? { kind: "postgres", url: db } : { kind: "sqlite", path: db };
    const store = await openStore(location, { schema: process.env.BENCH_SCHEMA });
    await migrateToLatest(store.db);
    const writer = new Writer(store);
    if ((await lastPosition(store.db)) === 0) await loadMeetingFixture(writer, await readMeetingFixture());
    const { hub, fanout } = await startLiveChannel(store, writer, { redisUrl: process.env.BENCH_REDIS, pollMs: 2000 });
    const app = await buildApp({ store, writer, hub, live: fanout ? "redis" : "local", logLevel: "warn", serveWeb: false });
    port = Number(new URL(await app.listen({ port: 0, host: "127.0.0.1", backlog: LISTEN_BACKLOG })).port);
    sittingId = (await store.db.selectFrom("sittings").select("id").where("published", "=", 1).executeTakeFirstOrThrow()).id;
    const sitting = asId<SittingId>(sittingId);
    fire = async (mark) => {
      await writer.run(null, async (ctx) =>
        ctx.record({
          type: "speakers_list.changed",
          subject: "group:group-1",
          sittingId: sitting,
          scope: "public",
          payload: speakersPayload(mark),
        }),
      );
    };
  }
  answer(async (r) => {
    if (r.op === "info") return { port, sittingId };
    const t = performance.now();
    await fire(r.mark ?? "", r.message ?? "");
    return { t };
  });
};

/** Live clients, one WebSocket each, in a process of their own; receipt times on its clock. */
const listen = (): void => {
  const sockets: WebSocket[] = [];
  let mark = "";
  let receipts: number[] = [];
  let sample: string | undefined;
  let done: (() => void) | null = null;
  const connect = (port: number, sittingId: string) =>
    new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/live`, { perMessageDeflate: false });
      sockets.push(socket);
      socket.on("error", reject);
      socket.on("open", () => socket.send(JSON.stringify({ type: "subscribe", sittingId })));
      socket.on("message", (data: Buffer) => {
        const t = performance.now();
        const text = data.toString("utf8");
        const m = JSON.parse(text) as { type?: string; event?: { payload?: { mark?: string } } };
        if (m.type === "subscribed") resolve();
        else if (m.type === "event" && m.event?.payload?.mark === mark) {
          sample ??= text;
          receipts.push(t);
          if (receipts.length === sockets.length) done?.();
        }
      });
    });
  answer(async (r) => {
    if (r.op === "grow") {
      while (sockets.length < (r.size ?? 0)) {
        const batch = Math.min(CONNECT_BATCH, (r.size ?? 0) - sockets.length);
        await Promise.all(Array.from({ length: batch }, () => connect(r.port ?? 0, r.sittingId ?? "")));
      }
    } else if (r.op === "arm") {
      mark = r.mark ?? "";
      receipts = [];
    } else if (receipts.length < sockets.length) {
      await new Promise<void>((resolve, reject) => {
        done = resolve;
        setTimeout(() => reject(new Error(`${receipts.length} of ${sockets.length} clients received the event`)), 30_000).unref();
      });
    }
    return r.op === "collect" ? { receipts, sample } : {};
  });
};

/** A child process and a request/reply channel to it, with the offset of its clock from ours. */
export class Proc {
  private next = 1;
  private readonly proc: ChildProcess;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private readonly started: Promise<Reply>;
  offset = 0;

  constructor(role: string, env: Record<string, string> = {}, file = fileURLToPath(import.meta.url)) {
    this.proc = fork(file, [CHILD_FLAG, role], {
      env: { ...process.env, ...env },
      execArgv: [...process.execArgv, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.started = new Promise<Reply>((resolve, reject) => this.waiting.set(0, { resolve, reject }));
    this.started.catch(() => undefined);
    this.proc.on("message", (m) => {
      const r = m as Reply;
      const w = this.waiting.get(r.id);
      this.waiting.delete(r.id);
      if (r.error) w?.reject(new Error(r.error));
      else w?.resolve(r);
    });
    this.proc.on("exit", (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`the bench ${role} process exited with code ${code}`));
      this.waiting.clear();
    });
  }

  async call(op: Op, extra: Partial<Msg> = {}): Promise<Reply> {
    await this.started;
    const id = this.next++;
    const reply = new Promise<Reply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.proc.send({ id, op, ...extra });
    return reply;
  }

  /** Our time of a time on the child's clock, estimated from the fastest of many round trips. */
  async sync(): Promise<void> {
    let best = Infinity;
    for (let i = 0; i < 30; i++) {
      const before = performance.now();
      const { t = 0 } = await this.call("ping");
      const after = performance.now();
      if (after - before < best) [best, this.offset] = [after - before, t - (before + after) / 2];
    }
  }

  stop(): void {
    this.proc.kill();
  }
}

/** One side of a comparison: the server its clients are on, the server that fires, and the clients. */
class Side {
  readonly delays = new Map<number, number[]>();
  readonly clients = new Proc("clients");
  base = 0;
  rss = 0;
  readonly heap = new Map<number, number>();
  sample: string | undefined;

  constructor(
    private readonly server: Proc,
    private readonly writer: Proc,
  ) {}

  async grow(size: number): Promise<void> {
    const { port, sittingId } = await this.server.call("info");
    if (size > 0) await this.clients.call("grow", { port, sittingId, size });
    const mem = await this.server.call("mem");
    this.rss = mem.rss ?? 0;
    this.heap.set(size, mem.heap ?? 0);
    if (size === 0) this.base = this.rss;
    for (const p of [this.server, this.writer, this.clients]) await p.sync();
  }

  async round(size: number, message: (mark: string) => string, keep: boolean): Promise<void> {
    const mark = `m${randomBytes(6).toString("hex")}`;
    await this.clients.call("arm", { mark });
    const { t = 0 } = await this.writer.call("fire", { mark, message: message(mark) });
    const { receipts = [], sample } = await this.clients.call("collect");
    this.sample ??= sample;
    const start = t - this.writer.offset;
    const delays = this.delays.get(size) ?? [];
    if (keep) for (const r of receipts) delays.push(r - this.clients.offset - start);
    this.delays.set(size, delays);
  }

  stop(): void {
    for (const p of [this.server, this.writer, this.clients]) p.stop();
  }
}

/** The bytes our clients received, with the bare round's mark in place of ours. */
const bareMessage = (sample: string | undefined, mark: string): string => {
  const template = sample ?? JSON.stringify({ type: "event", event: { payload: speakersPayload(mark) } });
  return template.replace((JSON.parse(template) as { event: { payload: { mark: string } } }).event.payload.mark, mark);
};
const percentile = (values: readonly number[], q: number): number =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * values.length) - 1)] ?? NaN;
const fmt = (n: number) => n.toLocaleString("en-US");

/** Our servers against a bare ws broadcaster, grown through the sizes together, rounds interleaved. */
const compare = async (label: string, server: Proc, writer: Proc, sizes: readonly number[]): Promise<Measured[]> => {
  const ours = new Side(server, writer);
  const bareServer = new Proc("bare");
  const bare = new Side(bareServer, bareServer);
  try {
    for (const side of [ours, bare]) await side.grow(0);
    for (const size of sizes) {
      for (const side of [ours, bare]) await side.grow(size);
      for (let round = 0; round <= ROUNDS; round++) {
        for (const side of round % 2 === 0 ? [ours, bare] : [bare, ours]) {
          await side.round(size, (mark) => (side === ours ? "" : bareMessage(ours.sample, mark)), round > 0);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }
  } finally {
    ours.stop();
    bare.stop();
  }
  const last = sizes[sizes.length - 1] ?? 0;
  const kibPerClient = (side: Side) => (side.rss - side.base) / 1024 / last;
  const rows: Measured[] = sizes.flatMap((size) =>
    (
      [
        ["p50", 0.5],
        ["p99", 0.99],
      ] as const
    ).map(([p, q]) => ({
      name: `live: ${p} delay, one event to ${fmt(size)} subscribers (${label}; clients in one process) vs bare ws broadcast`,
      ours: percentile(ours.delays.get(size) ?? [], q),
      baseline: percentile(bare.delays.get(size) ?? [], q),
      unit: "ms",
    })),
  );
  const heapPerClient = (side: Side, size: number) => ((side.heap.get(size) ?? 0) - (side.heap.get(0) ?? 0)) / 1024 / size;
  for (const size of sizes.filter((n) => n >= 5000)) {
    rows.push({
      name: `live: heap per connected client (${fmt(size)} subscribers, ${label}, server heap after GC) vs bare ws`,
      ours: heapPerClient(ours, size),
      baseline: heapPerClient(bare, size),
      unit: "KiB",
    });
  }
  rows.push({
    name: `live: memory per connected client (${fmt(last)} subscribers, ${label}, server RSS) vs bare ws`,
    ours: kibPerClient(ours),
    baseline: kibPerClient(bare),
    unit: "KiB",
  });
  return rows;
};

/** The crowd rows on fresh servers, stopped afterwards. */
const withCrowd = async (label: string, servers: Proc[]): Promise<Measured[]> => {
  const others = [new Proc("bare"), new Proc("crowd"), new Proc("crowd")] as const;
  try {
    return await crowdRows(label, servers, ...others);
  } finally {
    for (const p of [...servers, ...others]) p.stop();
  }
};

/** Two instances on one PostgreSQL schema behind Redis: the write through A, the subscribers on B. */
const twoInstances = async (): Promise<Measured[]> => {
  const schema = `bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const env = { BENCH_DB: POSTGRES_URL, BENCH_SCHEMA: schema, BENCH_REDIS: REDIS_URL };
    const store = await openStore({ kind: "postgres", url: POSTGRES_URL }, { schema });
    await migrateToLatest(store.db);
    await loadMeetingFixture(new Writer(store), await readMeetingFixture()).finally(() => store.close());
    const label = "two instances, PostgreSQL + Redis";
    const crowd = await withCrowd(label, [new Proc("ours", env), new Proc("ours", env)]);
    const [a, b] = [new Proc("ours", env), new Proc("ours", env)];
    return [...crowd, ...(await compare(`${label}, write on A, clients on B`, b, a, REDIS_SIZES))];
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await admin.end();
  }
};

/** The live-channel benchmarks: one instance on SQLite, then two instances on PostgreSQL and Redis. */
export const benchLive = async (): Promise<Measured[]> => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-bench-live-"));
  try {
    const server = new Proc("ours", { BENCH_DB: join(dir, "live.db") });
    const crowd = await withCrowd("one instance, SQLite", [new Proc("ours", { BENCH_DB: join(dir, "crowd.db") })]);
    const rows = [...crowd, ...(await compare("one instance, SQLite", server, server, SIZES))];
    const twin = await twoInstances().catch((error: unknown) => {
      console.log(`Note: skipping the two-instance live rows (PostgreSQL ${POSTGRES_URL}, Redis ${REDIS_URL}): ${String(error)}`);
      return [];
    });
    return [...rows, ...twin];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

if (process.argv[2] === CHILD_FLAG) {
  if (process.argv[3] === "clients") listen();
  else if (process.argv[3] === "crowd") answer(openCrowd);
  else await serve(process.argv[3] ?? "ours");
}
