import { useEffect, useRef, useState } from "react";
import type { LiveClientMessage, LiveEvent } from "../../api/live.js";
import { LIVE_PATH, parseLiveServerMessage } from "../../api/live-wire.js";
import { positionOf } from "../api/client.js";
import { reconnectDelay } from "./reconnect.js";
import { liveStatusAfter, RESTORED_MS, type LiveSignal, type LiveStatus } from "./liveStatus.js";

export type { LiveStatus } from "./liveStatus.js";

const liveUrl = (screenToken?: string): string => {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  const query = screenToken ? `?screen=${encodeURIComponent(screenToken)}` : "";
  return `${protocol}//${window.location.host}${LIVE_PATH}${query}`;
};

export interface LiveOptions {
  /**
   * Called each time the subscription is (again) in place. A screen that loads the current state itself
   * passes this: the log's history before the first subscription is then skipped and the screen reloads instead.
   */
  readonly onSynced?: () => void;
  /**
   * The event position the screen's answer was read at (see `positionOf`); null while it loads. A screen that
   * passes it is subscribed after it once it is known, so events committed since its read are replayed, not lost.
   */
  readonly after?: number | null;
  /** A hall screen follows its sitting with its address's token instead of a session. */
  readonly screenToken?: string;
}

/**
 * Where a screen follows from, given the answers it shows: null while one loads, else the earliest position they
 * were read at; undefined (from now) when one names none.
 */
export const followAfter = (...answers: (object | null | undefined)[]): number | null | undefined => {
  if (answers.some((a) => a === null || a === undefined)) return null;
  const positions = answers.map(positionOf);
  return positions.every((p) => p !== null) ? Math.min(...positions) : undefined;
};

/**
 * Follows the recorded events of a sitting. A first open follows from the position the screen's answer was
 * read at (`after`), or else from now (the screen then loads the current state on `onSynced`), never replaying
 * the sitting's history. After a dropped connection it subscribes again from
 * the last position it saw, so nothing is missed and nothing is applied twice; if the server cannot replay
 * that much, `onSynced` tells the screen to load the state again.
 */
export const useLiveSitting = (sittingId: string | null, onEvent: (event: LiveEvent) => void, options: LiveOptions = {}): LiveStatus => {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handlers = useRef({ onEvent, onSynced: options.onSynced });
  const readAt = useRef(options.after);
  const waiting = options.after === null;
  const screenToken = options.screenToken;

  useEffect(() => {
    handlers.current = { onEvent, onSynced: options.onSynced };
    readAt.current = options.after;
  }, [onEvent, options.onSynced, options.after]);

  useEffect(() => {
    if (sittingId === null || waiting) return;
    let position: number | null = readAt.current ?? null;
    let attempt = 0;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const signal = (what: LiveSignal) => setStatus((s) => liveStatusAfter(s, what));
    const subscribe = () => {
      const message: LiveClientMessage = { type: "subscribe", sittingId, ...(position === null ? {} : { after: position }) };
      socket?.send(JSON.stringify(message));
    };

    const connect = () => {
      socket = new WebSocket(liveUrl(screenToken));
      socket.addEventListener("open", subscribe);
      socket.addEventListener("message", (message: MessageEvent<string>) => {
        const data = parseLiveServerMessage(message.data);
        if (data === null) return;
        if (data.type === "subscribed") {
          attempt = 0;
          const first = position === null;
          position = Math.max(position ?? 0, data.position);
          signal("subscribed");
          clearTimeout(settle);
          settle = setTimeout(() => signal("settled"), RESTORED_MS);
          // A resume replays what was missed; a first open or a resume too far behind starts from now.
          if (first || data.resumed === false) handlers.current.onSynced?.();
        } else if (data.type === "event" && position !== null && data.event.position > position) {
          position = data.event.position;
          handlers.current.onEvent(data.event);
        }
      });
      const own = socket;
      socket.addEventListener("close", () => {
        if (closed || own !== socket) return;
        signal("closed");
        clearTimeout(timer);
        timer = setTimeout(connect, reconnectDelay(attempt++));
      });
    };
    // A dropped network often leaves the socket open for minutes: the browser's own word is taken at once.
    const offline = () => {
      signal("offline");
      socket?.close();
    };
    const online = () => {
      signal("online");
      if (socket?.readyState === WebSocket.OPEN || socket?.readyState === WebSocket.CONNECTING) return;
      clearTimeout(timer);
      attempt = 0;
      connect();
    };
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);

    connect();
    return () => {
      closed = true;
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      clearTimeout(timer);
      clearTimeout(settle);
      socket?.close();
    };
  }, [sittingId, waiting, screenToken]);

  return status;
};
