import { useEffect, useRef } from "react";
import type { LiveClientMessage } from "../../api/live.js";
import { LIVE_PATH, parseLiveServerMessage } from "../../api/live-wire.js";
import { reconnectDelay } from "../live/reconnect.js";

/** The live events that change what a person's notifications show. */
const INBOX_EVENTS = new Set(["notification.created", "notification.read"]);

/**
 * Follows the signed-in person's own notifications on the live channel, whatever page is open: `onChange` runs when
 * the inbox is (again) in place — the screen then loads its notifications — and at each new or read notification.
 */
export const useInbox = (accountId: string | null, onChange: () => void): void => {
  const handler = useRef(onChange);
  useEffect(() => {
    handler.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (accountId === null) return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let closed = false;
    const connect = () => {
      const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
      const own = (socket = new WebSocket(`${protocol}//${window.location.host}${LIVE_PATH}`));
      own.addEventListener("open", () => {
        const message: LiveClientMessage = { type: "subscribe_inbox" };
        own.send(JSON.stringify(message));
      });
      own.addEventListener("message", (m: MessageEvent<string>) => {
        const data = parseLiveServerMessage(m.data);
        if (data?.type === "inbox") {
          attempt = 0;
          handler.current();
        } else if (data?.type === "event" && INBOX_EVENTS.has(data.event.type)) handler.current();
      });
      own.addEventListener("close", () => {
        if (closed || own !== socket) return;
        clearTimeout(timer);
        timer = setTimeout(connect, reconnectDelay(attempt++));
      });
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [accountId]);
};
