import type { WebSocket } from "ws";
import { liveClientMessage, type LiveClientMessage } from "../api/live.js";
import { readsUnpublished } from "../domain/authorization.js";
import { asId, type SittingId } from "../domain/ids.js";
import type { LiveConnection } from "./connection.js";

const CONNECTION = Symbol("live connection");
type Tagged = WebSocket & { [CONNECTION]?: LiveConnection };

const error = (c: LiveConnection, code: string, message: string) => c.send(JSON.stringify({ type: "error", code, message }));

const parse = (c: LiveConnection, raw: Buffer): LiveClientMessage | null => {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch {
    error(c, "malformed_json", "Messages are JSON objects");
    return null;
  }
  const result = liveClientMessage.safeParse(json);
  if (result.success) return result.data;
  error(c, "validation_failed", result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return null;
};

const handle = async (c: LiveConnection, m: LiveClientMessage): Promise<void> => {
  const { hub, visibility, limits } = c.ctx;
  if (!(await c.screenValid())) return;
  if (m.type === "ping") return c.send(JSON.stringify({ type: "pong", position: hub.position }));
  if (m.type === "unsubscribe") return hub.unsubscribe(c, asId<SittingId>(m.sittingId));
  if (m.type === "subscribe_inbox") {
    const position = c.screen ? null : hub.subscribeInbox(c);
    if (position === null) return error(c, "sign_in_first", "Sign in to receive your notifications");
    return c.send(JSON.stringify({ type: "inbox", position }));
  }
  const sittingId = asId<SittingId>(m.sittingId);
  if ((c.sittings?.length ?? 0) >= limits.maxSubscriptions && !c.sittings?.includes(sittingId))
    return error(c, "rate_limited", `A connection follows at most ${limits.maxSubscriptions} sittings`);
  // A hall screen follows its own sitting, published or not, and no other.
  const published = c.screen ? (c.screen.sittingId === sittingId ? true : null) : await visibility.published(sittingId);
  if (published === null || (!published && !readsUnpublished(c.principal)))
    return error(c, "not_found", `Sitting ${sittingId} does not exist or is not visible to you`);
  if (c.socket.readyState !== c.socket.OPEN) return;
  const { position, resumed } = await hub.subscribe(c, sittingId, m.after ?? null, published);
  c.send(JSON.stringify({ type: "subscribed", sittingId, position, resumed }));
};

// One listener for every socket, finding its connection on the socket: no closures per connection.
function onMessage(this: Tagged, raw: Buffer): void {
  const c = this[CONNECTION];
  if (!c) return;
  if (!c.take()) {
    if (c.firstRefusal) error(c, "rate_limited", `At most ${c.ctx.limits.messageRate} messages a second; slow down`);
    return;
  }
  const m = parse(c, raw);
  if (m) c.queue = c.queue.then(() => handle(c, m)).catch(() => error(c, "internal", "The message could not be handled"));
}

function onClose(this: Tagged): void {
  this[CONNECTION]?.closed();
  delete this[CONNECTION];
}

/** Starts serving the live protocol on an accepted socket. */
export const serveLiveSocket = (socket: WebSocket, connection: LiveConnection): void => {
  (socket as Tagged)[CONNECTION] = connection;
  socket.on("message", onMessage);
  socket.on("close", onClose);
};
