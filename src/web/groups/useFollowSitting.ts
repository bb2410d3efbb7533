import { useEffect, useRef, useState } from "react";
import type { LiveEvent, LiveMessage } from "../api/types.js";
import { reconnectDelay, type LiveStatus } from "../live/useLiveSitting.js";

const liveUrl = (): string => `${window.location.protocol === "https:" ? "wss:" : "ws:"}//${window.location.host}/api/v1/live`;

interface Handlers {
  /** A new event of the sitting, in order, once. */
  readonly onEvent: (event: LiveEvent) => void;
  /** The subscription is (again) in place: what was loaded before may be stale, so load it again. */
  readonly onSynced: () => void;
}

/**
 * Follows a sitting's events for the group screens. The log's history before the first subscription is
 * skipped (the screen loads the current state instead); after a dropped connection it resumes from the
 * last position. When the reader's own membership changes it subscribes again on the same socket, so that
 * the server reads their new rights and sends the events of their new group.
 */
export const useFollowSitting = (sittingId: string | null, handlers: Handlers): LiveStatus => {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const current = useRef(handlers);

  useEffect(() => {
    current.current = handlers;
  }, [handlers]);

  useEffect(() => {
    if (sittingId === null) return;
    let position = 0;
    let attempt = 0;
    let synced = false;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const subscribe = () => socket?.send(JSON.stringify({ type: "subscribe", sittingId, after: position }));

    const connect = () => {
      socket = new WebSocket(liveUrl());
      socket.addEventListener("open", subscribe);
      socket.addEventListener("message", (message: MessageEvent<string>) => {
        let data: LiveMessage;
        try {
          data = JSON.parse(message.data) as LiveMessage;
        } catch {
          return;
        }
        if (data.type === "subscribed") {
          attempt = 0;
          synced = true;
          setStatus("live");
          current.current.onSynced();
        } else if (data.type === "event" && data.event.position > position) {
          position = data.event.position;
          if (!synced) return;
          if (data.event.type === "membership.changed") subscribe();
          current.current.onEvent(data.event);
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
