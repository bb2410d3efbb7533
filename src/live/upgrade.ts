import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyInstance } from "fastify";
import { WebSocketServer } from "ws";
import { LIVE_PATH } from "../api/live-wire.js";
import { SESSION_COOKIE } from "../server/auth.js";
import type { Store } from "../store/database.js";
import { LiveConnection, type LiveContext } from "./connection.js";
import type { Hub } from "./hub.js";
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from "./limits.js";
import { SessionClock, sessionIdOf, standingOf, type Standing } from "./sessions.js";
import { serveLiveSocket } from "./socket.js";
import { SittingVisibility } from "./visibility.js";
import { screenPassOf, screenTokenOf, type ScreenPass } from "./screens.js";

const CLOSE_GRACE_MS = 500;

export interface LiveSocketOptions {
  readonly store: Store;
  readonly hub: Hub;
  /** The address people use: a browser page from any other origin may not open the channel. */
  readonly publicUrl?: string;
  readonly limits?: LiveLimits;
}

const STATUS: Record<number, string> = { 403: "Forbidden", 404: "Not Found", 503: "Service Unavailable" };

/** Answers a handshake with a plain HTTP error and closes the connection. */
const refuse = (socket: Duplex, status: number, message: string, retryAfter?: number): void => {
  const body = `${message}\n`;
  const headers = [
    `HTTP/1.1 ${status} ${STATUS[status] ?? "Error"}`,
    "Connection: close",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(retryAfter === undefined ? [] : [`Retry-After: ${retryAfter}`]),
  ];
  if (socket.writable) socket.end(`${headers.join("\r\n")}\r\n\r\n${body}`);
  else socket.destroy();
};

/**
 * A browser sends the page's origin with every handshake. It must be the public address, or the host
 * the request was sent to (a development proxy); a page of any other site is refused. Clients that are
 * not browsers send no origin and cannot carry a browser's cookie across sites.
 */
export const originAllowed = (origin: string | undefined, host: string | undefined, publicOrigin: string | null): boolean => {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.origin === publicOrigin || (host !== undefined && url.host === host);
};

const ignore = (): void => undefined;

/**
 * The live channel's handshake, outside Fastify's request lifecycle: the socket keeps no request, reply,
 * logger or headers. Checks the path, the Origin and the load, reads the session once, then hands the
 * socket to `ws`. An overloaded instance or an unreachable store answers 503 with Retry-After.
 */
export const registerLiveSocket = (app: FastifyInstance, o: LiveSocketOptions): void => {
  const limits = o.limits ?? DEFAULT_LIVE_LIMITS;
  const ctx: LiveContext = { store: o.store, hub: o.hub, clock: new SessionClock(), visibility: new SittingVisibility(o.store), limits };
  const publicOrigin = o.publicUrl ? new URL(o.publicUrl).origin : null;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false });
  let waiting = 0;

  const handshake = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    socket.on("error", ignore);
    const path = (request.url ?? "").split("?", 1)[0];
    if (path !== LIVE_PATH) return refuse(socket, 404, "No live channel here");
    if (!originAllowed(request.headers.origin, request.headers.host, publicOrigin))
      return refuse(socket, 403, "A page of another origin may not open the live channel");
    if (wss.clients.size + waiting >= limits.maxClients) return refuse(socket, 503, "This instance is full", limits.retryAfterSeconds);
    const secret = request.headers.cookie ? app.parseCookie(request.headers.cookie)[SESSION_COOKIE] : undefined;
    let sessionId: string | null = null;
    let standing: Standing | null = null;
    if (secret) {
      if (waiting >= limits.maxHandshakes) return refuse(socket, 503, "Too many connections at once", limits.retryAfterSeconds);
      waiting++;
      try {
        sessionId = sessionIdOf(secret);
        standing = await standingOf(o.store, sessionId);
      } catch {
        return refuse(socket, 503, "The store is not reachable", limits.retryAfterSeconds);
      } finally {
        waiting--;
      }
      // An ended session opens a public connection, as an API request with that cookie would be public.
      if (!standing) sessionId = null;
    }
    // A hall screen opens the channel with its address's token instead of a session.
    const token = screenTokenOf(request.url);
    let screen: ScreenPass | null = null;
    if (token !== null) {
      try {
        screen = await screenPassOf(o.store, token);
      } catch {
        return refuse(socket, 503, "The store is not reachable", limits.retryAfterSeconds);
      }
      if (!screen) return refuse(socket, 403, "This hall screen's address is not valid any more");
    }
    if (socket.destroyed) return;
    socket.off("error", ignore);
    wss.handleUpgrade(request, socket, head, (ws) => serveLiveSocket(ws, new LiveConnection(ws, ctx, sessionId, standing, screen)));
  };

  app.server.on(
    "upgrade",
    (request: IncomingMessage, socket: Duplex, head: Buffer) => void handshake(request, socket, head).catch(() => socket.destroy()),
  );
  app.addHook("preClose", async () => {
    ctx.clock.stop();
    const open = [...wss.clients];
    const closed = Promise.all(open.map((ws) => new Promise((resolve) => ws.once("close", resolve))));
    for (const ws of open) ws.close(1001, "the server is restarting; resume from your last position");
    if (open.length > 0) await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS))]);
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  });
};
