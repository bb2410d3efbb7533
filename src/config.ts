import { z } from "zod";
import { DEFAULT_POOL } from "./workers/documents.js";
import type { PoolSettings } from "./workers/pool.js";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy.js";
import { REFERENCE_STAGES, type ReferenceStage } from "./reference-stages/stages.js";

/** Where the data lives: chosen by DATABASE_URL, checked before anything starts. */
export type StoreLocation = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses DATABASE_URL: unset → ./data/rapporteur.db; `sqlite:PATH`; `postgres://…`. */
export const parseDatabaseUrl = (value: string | undefined): StoreLocation => {
  if (value === undefined || value.trim() === "") return { kind: "sqlite", path: "./data/rapporteur.db" };
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (path === "") throw new ConfigError("DATABASE_URL=sqlite: needs a file path, e.g. sqlite:./data/rapporteur.db");
    return { kind: "sqlite", path };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${redact(value)}`);
    }
    return { kind: "postgres", url: value };
  }
  throw new ConfigError(
    `DATABASE_URL must start with sqlite: or postgres:// (got ${redact(value)}); leave it unset for ./data/rapporteur.db`,
  );
};

const redact = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_URL: z.url().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://")
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465")
    .refine((v) => URL.canParse(v), "SMTP_URL is not a valid URL")
    .optional(),
  MAIL_FROM: z
    .string()
    .max(320)
    .regex(
      /^([^<>\r\n]{1,200} )?<?[^\s@<>]+@[^\s@<>]+>?$/,
      "MAIL_FROM must be an address, or a name and an address: Rapporteur <secretariat@example.org>",
    )
    .optional(),
  RAPPORTEUR_EMPTY: z.enum(["0", "1", "true", "false"]).default("0"),
  RAPPORTEUR_REFERENCE_STAGE: z
    .enum(REFERENCE_STAGES, {
      error: (issue) => `must be one of ${REFERENCE_STAGES.join(", ")} (got "${String(issue.input).slice(0, 40)}")`,
    })
    .default("before"),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  LIVE_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(2000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  LIVE_MAX_CLIENTS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  LIVE_MAX_HANDSHAKES: z.coerce.number().int().min(1).max(100_000).default(256),
  LIVE_MESSAGE_RATE: z.coerce.number().int().min(1).max(1000).default(5),
  LIVE_MAX_REPLAY: z.coerce.number().int().min(0).max(1_000_000).default(5000),
  DOCUMENT_THREADS: z.coerce.number().int().min(1).max(64).default(DEFAULT_POOL.threads),
  DOCUMENT_QUEUE: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_POOL.queue),
  DOCUMENT_JOB_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(DEFAULT_POOL.timeoutMs / 1000),
  DOCUMENT_JOB_MEMORY_MB: z.coerce.number().int().min(64).max(16_384).default(DEFAULT_POOL.memoryMb),
  TRUST_PROXY: z.string().max(2000).optional(),
});

export interface Config {
  readonly store: StoreLocation;
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly redisUrl: string | null;
  readonly loadReferenceCase: boolean;
  /** How far the reference case is played on start: its people's recorded steps up to this stage. */
  readonly referenceStage: ReferenceStage;
  readonly sessionDays: number;
  readonly logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  readonly loginRateLimit: number;
  /** How often an instance checks the store for events it was not told about. */
  readonly livePollMs: number;
  /** PostgreSQL: connections per instance, and how long a request waits for one before a 503. */
  readonly pool: { readonly size: number; readonly timeoutMs: number };
  /** The live channel's limits per instance and per socket. */
  readonly live: { readonly maxClients: number; readonly maxHandshakes: number; readonly messageRate: number; readonly maxReplay: number };
  /** Outgoing mail: through SMTP when `smtpUrl` is set, otherwise only to the log and the secretariat's screen. */
  readonly mail: { readonly smtpUrl: string | null; readonly from: string };
  /** The document threads: how many, how many jobs may wait, and each job's time and memory. */
  readonly documents: PoolSettings;
  /** Which reverse proxies may name the client (X-Forwarded-For): for sign-in limits and logs. */
  readonly trustProxy: TrustProxy;
}

/** Reads and checks the environment; a bad value stops the start with a message that says what to fix. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.MAIL_FROM)
    throw new ConfigError(
      "Invalid configuration:\n  MAIL_FROM: needed with SMTP_URL, e.g. MAIL_FROM='Rapporteur <secretariat@example.org>'",
    );
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if ("error" in trustProxy) throw new ConfigError(`Invalid configuration:\n  ${trustProxy.error}`);
  return {
    store: parseDatabaseUrl(env.DATABASE_URL),
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    redisUrl: e.REDIS_URL ?? null,
    loadReferenceCase: !(e.RAPPORTEUR_EMPTY === "1" || e.RAPPORTEUR_EMPTY === "true"),
    referenceStage: e.RAPPORTEUR_REFERENCE_STAGE,
    sessionDays: e.SESSION_DAYS,
    logLevel: e.LOG_LEVEL,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    livePollMs: e.LIVE_POLL_MS,
    pool: { size: e.DATABASE_POOL_SIZE, timeoutMs: e.DATABASE_POOL_TIMEOUT_MS },
    live: {
      maxClients: e.LIVE_MAX_CLIENTS,
      maxHandshakes: e.LIVE_MAX_HANDSHAKES,
      messageRate: e.LIVE_MESSAGE_RATE,
      maxReplay: e.LIVE_MAX_REPLAY,
    },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM ?? "Rapporteur <rapporteur@localhost>" },
    documents: {
      threads: e.DOCUMENT_THREADS,
      queue: e.DOCUMENT_QUEUE,
      timeoutMs: e.DOCUMENT_JOB_SECONDS * 1000,
      memoryMb: e.DOCUMENT_JOB_MEMORY_MB,
    },
    trustProxy: trustProxy.ok,
  };
};
