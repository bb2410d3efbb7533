import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseDatabaseUrl } from "./config.js";
import { DEFAULT_POOL } from "./workers/documents.js";

describe("configuration", () => {
  it("defaults to the SQLite file ./data/rapporteur.db", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: "sqlite", path: "./data/rapporteur.db" });
  });

  it("reads sqlite: and postgres:// URLs", () => {
    expect(parseDatabaseUrl("sqlite:/tmp/x.db")).toEqual({ kind: "sqlite", path: "/tmp/x.db" });
    expect(parseDatabaseUrl("postgres://u@h:5432/db").kind).toBe("postgres");
  });

  it("stops on a bad DATABASE_URL with what to fix, hiding the password", () => {
    expect(() => parseDatabaseUrl("mysql://u:secret@h/db")).toThrow(ConfigError);
    expect(() => parseDatabaseUrl("mysql://u:secret@h/db")).toThrow(/sqlite: or postgres:\/\/.*u:\*\*\*@/);
    expect(() => parseDatabaseUrl("sqlite:")).toThrow(/file path/);
  });

  it("stops on a bad PORT or REDIS_URL naming the variable", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => loadConfig({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL/);
  });

  it("reads SMTP_URL and MAIL_FROM, needs MAIL_FROM with SMTP_URL, and stops on a bad one naming it", () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: null, from: "Rapporteur <rapporteur@localhost>" });
    const c = loadConfig({ SMTP_URL: "smtp://user:pw@mail.example.org:587", MAIL_FROM: "IPU Secretariat <secretariat@ipu.example.org>" });
    expect(c.mail).toEqual({ smtpUrl: "smtp://user:pw@mail.example.org:587", from: "IPU Secretariat <secretariat@ipu.example.org>" });
    expect(() => loadConfig({ SMTP_URL: "smtp://mail.example.org" })).toThrow(/MAIL_FROM: needed with SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: "mail.example.org:25", MAIL_FROM: "a@b.org" })).toThrow(/SMTP_URL must look like/);
    expect(() => loadConfig({ MAIL_FROM: "secretariat" })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_FROM: "A\r\nBcc: x@y.org <a@b.org>" })).toThrow(/MAIL_FROM/);
  });

  it("starts empty when RAPPORTEUR_EMPTY=1", () => {
    expect(loadConfig({ RAPPORTEUR_EMPTY: "1" }).loadReferenceCase).toBe(false);
    expect(loadConfig({}).loadReferenceCase).toBe(true);
    expect(loadConfig({}).port).toBe(3000);
  });

  it("reads RAPPORTEUR_REFERENCE_STAGE, before by default, and stops on a bad one naming the variable and the stages", () => {
    expect(loadConfig({}).referenceStage).toBe("before");
    expect(loadConfig({ RAPPORTEUR_REFERENCE_STAGE: "committee" }).referenceStage).toBe("committee");
    expect(() => loadConfig({ RAPPORTEUR_REFERENCE_STAGE: "final" })).toThrow(
      'RAPPORTEUR_REFERENCE_STAGE: must be one of before, groups, plenary, committee, adopted (got "final")',
    );
  });

  it("reads the pool and live-channel limits, with defaults, and stops on a bad one naming it", () => {
    const c = loadConfig({ DATABASE_POOL_SIZE: "40", DATABASE_POOL_TIMEOUT_MS: "2000", LIVE_MESSAGE_RATE: "10" });
    expect(c.pool).toEqual({ size: 40, timeoutMs: 2000 });
    expect(c.live).toEqual({ maxClients: 20_000, maxHandshakes: 256, messageRate: 10, maxReplay: 5000 });
    expect(() => loadConfig({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadConfig({ LIVE_MAX_CLIENTS: "many" })).toThrow(/LIVE_MAX_CLIENTS/);
  });

  it("reads the document threads' settings, with the pool's defaults, and stops on a bad one naming it", () => {
    const c = loadConfig({ DOCUMENT_THREADS: "3", DOCUMENT_QUEUE: "40", DOCUMENT_JOB_SECONDS: "90", DOCUMENT_JOB_MEMORY_MB: "768" });
    expect(c.documents).toEqual({ threads: 3, queue: 40, timeoutMs: 90_000, memoryMb: 768 });
    expect(loadConfig({}).documents).toEqual(DEFAULT_POOL);
    expect(() => loadConfig({ DOCUMENT_THREADS: "0" })).toThrow(/DOCUMENT_THREADS/);
    expect(() => loadConfig({ DOCUMENT_QUEUE: "-1" })).toThrow(/DOCUMENT_QUEUE/);
    expect(() => loadConfig({ DOCUMENT_JOB_SECONDS: "1.5" })).toThrow(/DOCUMENT_JOB_SECONDS/);
    expect(() => loadConfig({ DOCUMENT_JOB_MEMORY_MB: "lots" })).toThrow(/DOCUMENT_JOB_MEMORY_MB/);
  });
});
