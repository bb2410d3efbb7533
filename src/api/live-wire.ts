import type { LiveEvent, LiveServerMessage } from "./live.js";

/** The live channel's address. */
export const LIVE_PATH = "/api/v1/live";

// The same rules as the contract's `liveServerMessage` schema in `live.ts`, written out without the schema library so
// that the web app reads the wire without loading it; a property test holds the two readers to the same answers.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isPosition = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isSittingId = (v: unknown): v is string => typeof v === "string" && v.length >= 1 && v.length <= 100;
const EVENT_TYPE = /^[a-z_]+\.[a-z_.]+$/;

const readEvent = (v: unknown): LiveEvent | null => {
  if (!isObject(v)) return null;
  const { position, time, actor, type, subject, sittingId, payload } = v;
  if (!isPosition(position) || typeof time !== "string" || (actor !== null && typeof actor !== "string")) return null;
  if (typeof type !== "string" || !EVENT_TYPE.test(type) || typeof subject !== "string") return null;
  if (sittingId !== null && typeof sittingId !== "string") return null;
  if (!("payload" in v)) return null;
  return { position, time, actor, type, subject, sittingId, payload };
};

/** A live message read from its JSON, extra fields dropped; null for anything that is not one. */
export const readLiveServerMessage = (v: unknown): LiveServerMessage | null => {
  if (!isObject(v)) return null;
  switch (v.type) {
    case "subscribed":
      return isSittingId(v.sittingId) && isPosition(v.position) && typeof v.resumed === "boolean"
        ? { type: "subscribed", sittingId: v.sittingId, position: v.position, resumed: v.resumed }
        : null;
    case "unsubscribed":
      return isSittingId(v.sittingId) && v.reason === "not_found"
        ? { type: "unsubscribed", sittingId: v.sittingId, reason: "not_found" }
        : null;
    case "event": {
      const event = readEvent(v.event);
      return event ? { type: "event", event } : null;
    }
    case "inbox":
      return isPosition(v.position) ? { type: "inbox", position: v.position } : null;
    case "pong":
      return isPosition(v.position) ? { type: "pong", position: v.position } : null;
    case "error":
      return typeof v.code === "string" && typeof v.message === "string" ? { type: "error", code: v.code, message: v.message } : null;
    default:
      return null;
  }
};

/** Reads a live message from the wire; null for anything that is not one, so a client ignores it. */
export const parseLiveServerMessage = (data: string): LiveServerMessage | null => {
  try {
    return readLiveServerMessage(JSON.parse(data));
  } catch {
    return null;
  }
};
