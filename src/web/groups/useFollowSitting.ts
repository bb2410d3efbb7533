import type { LiveEvent } from "../api/types.js";
import { useLiveSitting, type LiveStatus } from "../live/useLiveSitting.js";

interface Handlers {
  /** A new event of the sitting, in order, once. */
  readonly onEvent: (event: LiveEvent) => void;
  /** The subscription is (again) in place: what was loaded before may be stale, so load it again. */
  readonly onSynced: () => void;
}

/** Follows a sitting's events for the group screens, which load the current state themselves (history is skipped). */
export const useFollowSitting = (sittingId: string | null, handlers: Handlers): LiveStatus =>
  useLiveSitting(sittingId, handlers.onEvent, { onSynced: handlers.onSynced });
