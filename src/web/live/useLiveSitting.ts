import { useEffect, useRef, useState } from "react";
import type { LiveEvent, LiveMessage } from "../api/types.js";

export type LiveStatus = "connecting" | "live" | "reconnecting";

const MAX_DELAY_MS = 30_000;

/** Exponential backoff with jitter, so that many readers do not reconnect at the same instant. */
export const reconnectDelay = (attempt: number): number => {
  const ceiling = Math.min(MAX_DELAY_MS, 1_000 * 2 ** attempt);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
};

const liveUrl = (): string => {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}/api/v1/live`;
};

/**
 * Follows the recorded events of a sitting. After a dropped connection it subscribes again
 * from the last position it saw, so nothing is missed and nothing is applied twice.
 */
export const useLiveSitting = (sittingId: string, onEvent: (event: LiveEvent) => void): LiveStatus => {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handler = useRef(onEvent);

  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    let position = 0;
    let attempt = 0;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;

    const connect = () => {
      socket = new WebSocket(liveUrl());
      socket.addEventListener("open", () => {
        socket?.send(JSON.stringify({ type: "subscribe", sittingId, after: position }));
      });
      socket.addEventListener("message", (message: MessageEvent<string>) => {
        let data: LiveMessage;
        try {
          data = JSON.parse(message.data) as LiveMessage;
        } catch {
          return;
        }
        if (data.type === "subscribed") {
          attempt = 0;
          setStatus("live");
        } else if (data.type === "event" && data.event.position > position) {
          position = data.event.position;
          handler.current(data.event);
        }
      });
      socket.addEventListener("close", () => {
        if (closed) return;
        setStatus("reconnecting");
        timer = setTimeout(connect, reconnectDelay(attempt++));
      });
    };

    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [sittingId]);

  return status;
};
