import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { startServer, type Running } from "../runtime.js";
import { startTestSmtp, type TestSmtp } from "./test-smtp.js";

const ADMIN = "admin@rapporteur.local";

const until = async (done: () => boolean, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("the server's background mail sender", () => {
  let running: Running | null = null;
  let smtp: TestSmtp | null = null;
  afterEach(async () => {
    await running?.stop();
    await smtp?.close();
    running = null;
    smtp = null;
  });
  const start = (env: Record<string, string>, log: (line: string) => void = () => undefined) =>
    startServer(
      loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        RAPPORTEUR_EMPTY: "1",
        LOG_LEVEL: "silent",
        DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), "rapporteur-")), "mail.db")}`,
        ...env,
      }),
      log,
    );
  const ask = (r: Running, language: string) =>
    fetch(`${r.url}/api/v1/session/link/request`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: ADMIN, language }),
    });

  it("answers at once and sends the mail right after, through SMTP_URL; its link signs in", async () => {
    smtp = await startTestSmtp();
    running = await start({
      SMTP_URL: smtp.url,
      MAIL_FROM: "IPU Secretariat <secretariat@ipu.example.org>",
      PUBLIC_URL: "https://rapporteur.example.org",
    });
    expect((await ask(running, "ar")).status).toBe(202);
    await until(() => smtp!.received.length === 1);
    const mail = smtp.received[0]!;
    expect([mail.subject, mail.from?.text]).toEqual(["رابط تسجيل الدخول الخاص بك", '"IPU Secretariat" <secretariat@ipu.example.org>']);
    const token = decodeURIComponent(/https:\/\/rapporteur\.example\.org\/sign-in\/link\?token=(\S+)/.exec(mail.text ?? "")?.[1] ?? "");
    const res = await fetch(`${running.url}/api/v1/session/link`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    expect([res.status, ((await res.json()) as { account: { email: string } }).account.email]).toEqual([200, ADMIN]);
  });

  it("without SMTP_URL writes the mail to the log and lists it as logged", async () => {
    const lines: string[] = [];
    running = await start({}, (line) => lines.push(line));
    expect((await ask(running, "es")).status).toBe(202);
    await until(() => lines.some((l) => l.startsWith(`Mail to ${ADMIN}`)));
    expect(lines.find((l) => l.startsWith(`Mail to ${ADMIN}`))).toContain("Su enlace para iniciar sesión");
    const rows = await running.store.db.selectFrom("outbox").select(["state", "attempts", "text"]).execute();
    expect(rows.map((r) => [r.state, Number(r.attempts)])).toEqual([["logged", 1]]);
    expect(rows[0]?.text).toMatch(/sign-in\/link\?token=\S{20,}/);
  });
});
