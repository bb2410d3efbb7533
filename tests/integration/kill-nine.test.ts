import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freshStore, storeKinds, type TestStore } from "../../src/test-support/stores.js";

/**
 * A server process killed with SIGKILL while writers are busy loses no write it acknowledged, and its event
 * log stays gapless, on both stores. Bounded: two kills, a few seconds of writing each.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const ROUNDS = 2;
const WRITERS = 6;
const WRITE_BUDGET_MS = 1_500;
const SIGN_IN_LINK = /token=([\w%-]+)/;

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });

interface Server {
  readonly child: ChildProcess;
  readonly base: string;
  readonly output: () => string;
}

/** Starts `rapporteur serve` from the sources in one process (so SIGKILL reaches the server itself). */
const start = async (databaseUrl: string, port: number): Promise<Server> => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production" };
  delete env.REDIS_URL;
  const run = 'const { main } = await import("./src/cli/main.ts"); await main(process.argv);';
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", run, "rapporteur", "serve"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString("utf8")));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString("utf8")));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000; // generous: the start compiles the sources, and CI machines are shared
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (healthy) return { child, base, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not become healthy:\n${output}`);
};

const killNine = async (server: Server): Promise<void> => {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill("SIGKILL");
  await exited;
};

describe.each(storeKinds())("kill -9 under concurrent writers on %s", (kind) => {
  let store: TestStore | null = null;
  let server: Server | null = null;
  afterEach(async () => {
    if (server) await killNine(server);
    await store?.dispose();
  });

  it(`keeps every acknowledged write and a gapless log across ${ROUNDS} kills`, { timeout: 400_000 }, async () => {
    store = await freshStore(kind, false);
    const url = store.url;
    const port = await freePort();
    server = await start(url, port);
    const token = decodeURIComponent(SIGN_IN_LINK.exec(server.output())?.[1] ?? "");
    expect(token, "the first start prints the secretariat's sign-in link").not.toBe("");
    const session = await fetch(`${server.base}/api/v1/session/link`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    expect(session.status).toBe(200);
    const cookie = session.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;

    const acknowledged: string[] = [];
    let refused = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const base = server.base;
      const until = Date.now() + WRITE_BUDGET_MS;
      let stopped = false;
      const writer = async (w: number) => {
        for (let i = 0; !stopped; i++) {
          const key = `r${round}-w${w}-${i}`;
          const body = {
            key,
            name: { original: "en", versions: { en: { text: `Event ${key}`, status: "final" } } },
            place: { original: "en", versions: { en: { text: "Madrid", status: "final" } } },
            organisation: { original: "en", versions: { en: { text: "IPU", status: "final" } } },
            startDate: "2021-11-26",
            endDate: "2021-11-30",
            timeZone: "Europe/Madrid",
            workingLanguages: ["en"],
          };
          try {
            const res = await fetch(`${base}/api/v1/setup/events`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie, "x-csrf-token": csrf },
              body: JSON.stringify(body),
            });
            if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
            else refused++;
          } catch {
            return; // The connection died with the server: this write was never acknowledged.
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())));
      const current = server;
      await killNine(current);
      stopped = true;
      await Promise.all(writers);
      server = await start(url, port);
    }
    await killNine(server);
    server = null;

    const check = store;
    {
      const stored = new Set((await check.db.selectFrom("meeting_events").select("id").execute()).map((r) => r.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      const positions = (await check.db.selectFrom("events").select("position").orderBy("position").execute()).map((r) =>
        Number(r.position),
      );
      const sequence = await check.db.selectFrom("event_sequence").select("position").where("id", "=", 1).executeTakeFirstOrThrow();
      expect(acknowledged.length, `writes acknowledged (refused: ${refused})`).toBeGreaterThan(ROUNDS * WRITERS);
      expect(lost).toEqual([]);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
      expect(Number(sequence.position)).toBe(positions.length);
    }
  });
});
