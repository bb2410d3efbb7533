import { useCallback, useEffect, useMemo, useRef } from "react";
import type { LiveEvent } from "../api/types.js";

const DELAY_MS = 120;

/** What a live event asks a screen to load again; several events in a burst load each thing once. */
export type Reloads<K extends string> = Readonly<Record<K, () => void>>;

/**
 * Turns live events into reloads: `route` names what an event concerns, and each named reload runs once
 * per burst. `onSynced` reloads everything, for when the subscription was (re)established.
 */
export const useEventRouter = <K extends string>(reloads: Reloads<K>, route: (event: LiveEvent) => readonly K[]) => {
  const pending = useRef(new Set<K>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ reloads, route });
  useEffect(() => {
    latest.current = { reloads, route };
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = useCallback((keys: readonly K[]) => {
    if (keys.length === 0) return;
    for (const k of keys) pending.current.add(k);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const due = [...pending.current];
      pending.current.clear();
      for (const k of due) latest.current.reloads[k]();
    }, DELAY_MS);
  }, []);

  return useMemo(
    () => ({
      onEvent: (event: LiveEvent) => schedule(latest.current.route(event)),
      onSynced: () => schedule(Object.keys(latest.current.reloads) as K[]),
    }),
    [schedule],
  );
};

/** The payload field of a live event, when it is a string. */
export const payloadField = (event: LiveEvent, field: string): string | null => {
  const payload = event.payload as Record<string, unknown> | null;
  const value = payload && typeof payload === "object" ? payload[field] : undefined;
  return typeof value === "string" ? value : null;
};
