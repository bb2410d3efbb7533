import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import Fastify from "fastify";
import { loadConfig } from "../src/config.js";
import { startServer } from "../src/runtime.js";
import type { Measured } from "./run.js";

const CONNECTIONS = 50;
const SECONDS = 5;
const WARMUP_SECONDS = 1;
const SERVER_FLAG = "--bench-http-server";

interface Servers {
  readonly ours: string;
  readonly bare: string;
  readonly path: string;
}

/** Our server on SQLite and a bare Fastify route with the same bytes, both in a process of their own. */
const serve = async (dir: string): Promise<void> => {
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, "http.db")}`, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" });
  const running = await startServer(config, () => undefined);
  const list = await running.app.inject({ method: "GET", url: "/api/v1/sittings" });
  const id = (list.json() as { sittings: { id: string }[] }).sittings[0]?.id;
  if (!id) throw new Error("The reference case has no sitting");
  const path = `/api/v1/sittings/${id}`;
  const detail = await running.app.inject({ method: "GET", url: path });
  const body = detail.rawPayload;
  const type = String(detail.headers["content-type"] ?? "application/json; charset=utf-8");

  const bare = Fastify({ logger: false });
  bare.get("/api/v1/sittings/:id", (_request, reply) => reply.type(type).send(body));
  const bareAddress = await bare.listen({ port: 0, host: "127.0.0.1" });
  process.on("disconnect", () => process.exit(0));
  process.send?.({ ours: running.url, bare: bareAddress.replace("localhost", "127.0.0.1"), path } satisfies Servers);
};

const load = async (url: string, seconds: number): Promise<autocannon.Result> =>
  autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });

const requestsPerSecond = async (url: string): Promise<number> => {
  await load(url, WARMUP_SECONDS);
  const result = await load(url, SECONDS);
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return result.requests.average;
};

/** Requests per second for GET /api/v1/sittings/{id}: ours against a bare Fastify route returning the same bytes. */
export const benchHttp = async (): Promise<Measured[]> => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-bench-http-"));
  const child = fork(fileURLToPath(import.meta.url), [SERVER_FLAG, dir], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const servers = await new Promise<Servers>((resolve, reject) => {
      child.once("message", (m) => resolve(m as Servers));
      child.once("exit", (code) => reject(new Error(`The HTTP bench server exited with code ${code}`)));
    });
    const [oursBody, bareBody] = await Promise.all(
      [servers.ours, servers.bare].map(async (base) => Buffer.from(await (await fetch(base + servers.path)).arrayBuffer())),
    );
    if (!oursBody || !bareBody || !oursBody.equals(bareBody)) throw new Error("The bare route does not return the same bytes");
    // Taken in turns, twice each: what the server process still does after its start (document processes
    // starting, code compiled on first use) weighs on both alike instead of on whichever is measured first.
    const rounds: { ours: number; bare: number }[] = [];
    for (let round = 0; round < 2; round += 1) {
      const bareRound = await requestsPerSecond(servers.bare + servers.path);
      rounds.push({ bare: bareRound, ours: await requestsPerSecond(servers.ours + servers.path) });
    }
    const ours = rounds.reduce((sum, r) => sum + r.ours, 0) / rounds.length;
    const bare = rounds.reduce((sum, r) => sum + r.bare, 0) / rounds.length;
    return [
      {
        name: `http: GET /api/v1/sittings/{id} (SQLite, ${CONNECTIONS} connections, 2 × ${SECONDS} s in turns, ${oursBody.length} bytes) vs bare Fastify route`,
        ours: Math.round(ours),
        baseline: Math.round(bare),
        unit: "req/s",
      },
    ];
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
};

if (process.argv[2] === SERVER_FLAG) await serve(process.argv[3] ?? tmpdir());
