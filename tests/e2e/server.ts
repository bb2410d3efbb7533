import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const SIGN_IN_LINK = /http:\/\/localhost:\d+\/sign-in\/link\?token=[\w%-]+/;

export interface RunningServer {
  readonly baseUrl: string;
  readonly signInLink: string;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });

const waitForHealth = async (baseUrl: string, child: ChildProcess, deadline: number): Promise<void> => {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) {
        const body = (await response.json()) as { status?: string };
        if (body.status === "ok") return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("The server did not report healthy in time.");
};

/**
 * Starts the built server on a fresh SQLite file and a free port, as a user would with `npm start`;
 * `env` adds settings (for example `RAPPORTEUR_REFERENCE_STAGE`).
 */
export const startServer = async (env: Readonly<Record<string, string>> = {}): Promise<RunningServer> => {
  if (!existsSync(join(ROOT, "dist/web/index.html")) || !existsSync(join(ROOT, "dist/cli/main.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first (`npm test` does it in `pretest`).");
  }
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-e2e-"));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const settings: NodeJS.ProcessEnv = { ...process.env, ...env, DATABASE_URL: `sqlite:${join(dir, "r.db")}`, PORT: String(port) };
  delete settings.REDIS_URL;
  const child = spawn(process.execPath, [join(ROOT, "bin/rapporteur.js"), "serve"], {
    cwd: ROOT,
    env: settings,
    stdio: ["ignore", "pipe", "pipe"],
  });

  let output = "";
  const link = new Promise<string>((resolveLink, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = SIGN_IN_LINK.exec(output);
      if (match) resolveLink(match[0]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => reject(new Error(`The server exited with code ${code} before printing a sign-in link:\n${output}`)));
  });

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + 30_000;
    const signInLink = await Promise.race([
      link,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`No sign-in link printed:\n${output}`)), 30_000)),
    ]);
    await waitForHealth(baseUrl, child, deadline);
    return { baseUrl, signInLink, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
