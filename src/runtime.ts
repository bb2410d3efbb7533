import type { FastifyInstance } from "fastify";
import type { Config } from "./config.js";
import { startLiveChannel } from "./live/channel.js";
import { DEFAULT_LIVE_LIMITS } from "./live/limits.js";
import { buildApp, LISTEN_BACKLOG } from "./server/app.js";
import { openStore, type Store } from "./store/database.js";
import { lastPosition } from "./store/events.js";
import { migrateToLatest } from "./store/migrate.js";
import { loadMeetingFixture, readMeetingFixture } from "./store/reference-case/load.js";
import { ensureFirstSecretariat } from "./store/first-start.js";
import { loadReferenceStage } from "./reference-stages/load.js";
import { Writer } from "./store/write.js";
import { MailSender } from "./mail/sender.js";
import { DeadlineNotices } from "./commands/notifications/deadline-soon.js";
import { logTransport, smtpTransport } from "./mail/transport.js";

export interface Running {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly writer: Writer;
  readonly url: string;
  stop(): Promise<void>;
}

/** Opens and migrates the store, loads the reference case into an empty one, and starts serving. */
export const startServer = async (config: Config, log: (line: string) => void = console.log): Promise<Running> => {
  const store = await openStore(config.store, { poolSize: config.pool.size, poolTimeoutMs: config.pool.timeoutMs });
  await migrateToLatest(store.db);
  const writer = new Writer(store, undefined, { publicUrl: config.publicUrl });
  if (config.loadReferenceCase && (await lastPosition(store.db)) === 0) {
    const loaded = await loadMeetingFixture(writer, await readMeetingFixture(), { onlyIntoEmpty: true });
    if (loaded) log("Loaded the reference case: 143rd IPU Assembly, Forum of Women Parliamentarians, FEM/32/5.Inf-1.");
  }
  const link = await ensureFirstSecretariat(writer, config.publicUrl);
  if (link) log(`Sign in as the secretariat (admin@rapporteur.local) once with this link, then set a password:\n  ${link}`);
  if (config.loadReferenceCase && config.referenceStage !== "before") log(await loadReferenceStage(store, config.referenceStage));

  const {
    hub,
    fanout,
    stop: stopLive,
  } = await startLiveChannel(store, writer, {
    redisUrl: config.redisUrl,
    pollMs: config.livePollMs,
    maxReplay: config.live.maxReplay,
    warn: (line) => running?.log.warn(line),
  });
  let running: FastifyInstance | null = null;

  const app = await buildApp({
    store,
    writer,
    hub,
    live: fanout ? "redis" : "local",
    sessionDays: config.sessionDays,
    secureCookies: config.publicUrl.startsWith("https:"),
    loginRateLimit: config.loginRateLimit,
    trustProxy: config.trustProxy,
    logLevel: config.logLevel,
    serveWeb: true,
    publicUrl: config.publicUrl,
    liveLimits: { ...DEFAULT_LIVE_LIMITS, ...config.live },
    documents: config.documents,
    mailDelivery: config.mail.smtpUrl ? "smtp" : "log",
  });
  running = app;
  const transport = config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl, config.mail.from) : logTransport(log);
  const mail = new MailSender(writer, transport, undefined, (line) => app.log.warn(line));
  mail.start();
  const deadlines = new DeadlineNotices(writer, { publicUrl: config.publicUrl }, 60_000, (line) => app.log.warn(line));
  deadlines.start();
  const address = await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  const port = new URL(address).port;
  log(`Rapporteur is serving on http://localhost:${port} (store: ${store.kind}${fanout ? ", live updates through Redis" : ""})`);
  return {
    app,
    store,
    writer,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await deadlines.stop();
      await mail.stop();
      await app.close();
      await stopLive();
      await store.close();
    },
  };
};
