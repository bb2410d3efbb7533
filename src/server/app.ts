import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Hub } from "../live/hub.js";
import type { LiveLimits } from "../live/limits.js";
import { registerLiveSocket } from "../live/upgrade.js";
import type { Store } from "../store/database.js";
import type { Writer } from "../store/write.js";
import { registerAuth } from "./auth.js";
import { registerCompression } from "./assets.js";
import { registerWebFiles } from "./web-files.js";
import { registerPositionETags } from "./etag.js";
import { registerSecurityHeaders } from "./security-headers.js";
import { positionPerTurn } from "./turn-position.js";
import { commitsSoFar } from "../store/commits.js";
import "./document-threads.js";
import { DocumentPool } from "../workers/documents.js";
import type { PoolSettings } from "../workers/pool.js";
import { sendError } from "./errors.js";
import { registerTextInput } from "./text-input.js";
import { proxyTrust, type TrustProxy } from "../trust-proxy.js";
import { buildOpenApi } from "./openapi.js";
import { registerDocumentRoutes } from "./routes/documents.js";
import { registerAmendmentRoutes } from "./routes/amendments/amendments.js";
import { registerCosponsorRoutes } from "./routes/amendments/cosponsors.js";
import { registerTranslationRoutes } from "./routes/translations/translations.js";
import { registerExportRoutes } from "./routes/exports/exports.js";
import { registerGroupWorkRoutes } from "./routes/groups/groups.js";
import { registerDraftPageRoutes } from "./routes/drafts/drafts.js";
import { registerHealthRoute } from "./routes/health.js";
import { registerSessionRoutes } from "./routes/session.js";
import { registerSittingRoutes } from "./routes/sittings/sittings.js";
import { registerSetupRoutes } from "./routes/setup/setup.js";
import { registerParticipantRoutes } from "./routes/participants/participants.js";
import { registerDesignationRoutes } from "./routes/designations/designations.js";
import { registerRecommendationRoutes } from "./routes/recommendations/recommendations.js";
import { registerAdoptionRoutes } from "./routes/recommendations/adoption.js";
import { registerVoteRoutes } from "./routes/votes/votes.js";
import { registerProjectorScreenRoutes } from "./routes/projector/projector.js";
import { registerAttendanceRoutes } from "./routes/attendance/attendance.js";
import { registerSubmissionRoutes } from "./routes/amendments/submissions.js";
import { registerCommitteeRoutes } from "./routes/committee/committee.js";
import { registerProvenanceRoutes } from "./routes/committee/provenance.js";
import { registerTaskRoutes } from "./routes/tasks/tasks.js";
import { registerMailRoutes } from "./routes/mail/mail.js";
import { registerNotificationRoutes } from "./routes/notifications/notifications.js";

export const VERSION = "0.1.0";

/**
 * Connections the kernel holds for the server until it accepts them (capped by `net.core.somaxconn`). Node's 511 is
 * too few for a plenary opening the sitting at once: past it the kernel drops the handshake and the browser's
 * request is reset.
 */
export const LISTEN_BACKLOG = 4096;
const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export interface AppOptions {
  /** Which reverse proxies may name the client in X-Forwarded-For (TRUST_PROXY); none by default. */
  readonly trustProxy?: TrustProxy;
  readonly store: Store;
  readonly writer: Writer;
  readonly hub: Hub;
  readonly live: "local" | "redis";
  readonly sessionDays?: number;
  readonly secureCookies?: boolean;
  readonly loginRateLimit?: number;
  readonly logLevel?: string;
  readonly serveWeb?: boolean;
  /** The threads that write documents and read uploads: settings for a new pool, or a pool to share. */
  readonly documents?: PoolSettings | DocumentPool;
  /** The address people use, for the sign-in links in invitations; the live channel accepts pages of this origin. */
  readonly publicUrl?: string;
  readonly liveLimits?: LiveLimits;
  /** How queued mail leaves: through SMTP_URL, or only to the log and the secretariat's screen. */
  readonly mailDelivery?: "smtp" | "log";
}

/** Builds the HTTP server: security headers, sessions, the API, the live channel and the web app. */
export const buildApp = async (o: AppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: { level: o.logLevel ?? "warn" },
    bodyLimit: 1_048_576,
    trustProxy: proxyTrust(o.trustProxy),
  });
  app.setErrorHandler((error, request, reply) => sendError(reply, request, error));
  // Every address of the app answers with its page once the built app is registered below.
  let appPage: ((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null = null;
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET" || !appPage) {
      return sendError(reply, request, Object.assign(new Error("not found"), { statusCode: 404 }));
    }
    return appPage(request, reply);
  });

  await registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'", "ws:", "wss:"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await registerCompression(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error("rate limited"), { statusCode: ctx.statusCode }),
  });
  registerAuth(app, o.store);
  registerTextInput(app);
  registerPositionETags(
    app,
    positionPerTurn(() => o.store.lastPosition(), commitsSoFar),
  );
  const documents = o.documents instanceof DocumentPool ? o.documents : new DocumentPool(o.documents);
  if (!(o.documents instanceof DocumentPool)) app.addHook("onClose", () => documents.close());
  app.decorate("documents", documents);

  registerHealthRoute(app, o.store, o.live, VERSION);
  registerSessionRoutes(app, o.store, o.writer, {
    sessionDays: o.sessionDays ?? 14,
    secureCookies: o.secureCookies ?? false,
    loginRateLimit: o.loginRateLimit ?? 10,
  });
  registerMailRoutes(app, o.store, o.writer, {
    publicUrl: o.publicUrl ?? "http://localhost:3000",
    delivery: o.mailDelivery ?? "log",
    sessionDays: o.sessionDays ?? 14,
    secureCookies: o.secureCookies ?? false,
    loginRateLimit: o.loginRateLimit ?? 10,
  });
  registerSittingRoutes(app, o.store);
  registerAmendmentRoutes(app, o.store, o.writer);
  registerDocumentRoutes(app, o.store, documents);
  registerCosponsorRoutes(app, o.store, o.writer);
  registerTranslationRoutes(app, o.store, o.writer);
  registerExportRoutes(app, o.store, documents);
  registerGroupWorkRoutes(app, o.store, o.writer);
  registerDraftPageRoutes(app, o.store, o.writer);
  registerSetupRoutes(app, o.store, o.writer);
  registerParticipantRoutes(app, o.store, o.writer, documents, o.publicUrl ?? "");
  registerDesignationRoutes(app, o.store, o.writer);
  registerRecommendationRoutes(app, o.store, o.writer);
  registerAdoptionRoutes(app, o.store, o.writer);
  registerVoteRoutes(app, o.store, o.writer);
  registerProjectorScreenRoutes(app, o.store, o.writer);
  registerAttendanceRoutes(app, o.store, o.writer);
  registerSubmissionRoutes(app, o.store, o.writer);
  registerCommitteeRoutes(app, o.store, o.writer);
  registerProvenanceRoutes(app, o.store);
  registerTaskRoutes(app, o.store);
  registerNotificationRoutes(app, o.store, o.writer);
  app.get("/api/openapi.json", async () => buildOpenApi(VERSION));
  registerLiveSocket(app, { store: o.store, hub: o.hub, publicUrl: o.publicUrl, limits: o.liveLimits });

  if (o.serveWeb && existsSync(WEB_ROOT)) appPage = registerWebFiles(app, WEB_ROOT);
  return app;
};
