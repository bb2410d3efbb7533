import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { startServer, type Running } from "./runtime.js";
import { LISTEN_BACKLOG } from "./server/app.js";

describe("the server's listening socket", () => {
  let running: Running | null = null;
  afterEach(async () => {
    await running?.stop();
    running = null;
  });

  it("holds a crowd's connections until they are accepted, well beyond Node's default of 511", async () => {
    running = await startServer(
      loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        RAPPORTEUR_EMPTY: "1",
        LOG_LEVEL: "silent",
        DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), "rapporteur-")), "listen.db")}`,
      }),
      () => undefined,
    );
    const port = new URL(running.url).port;
    // For a listening socket, ss gives the accept queue's length in its Send-Q column.
    const [line = ""] = execFileSync("ss", ["-ltnH", `sport = :${port}`], { encoding: "utf8" })
      .trim()
      .split("\n");
    const queue = Number(line.trim().split(/\s+/)[2]);
    const cap = Number(readFileSync("/proc/sys/net/core/somaxconn", "utf8"));
    expect(queue).toBe(Math.min(LISTEN_BACKLOG, cap));
    expect(queue).toBeGreaterThan(511);
  });
});
