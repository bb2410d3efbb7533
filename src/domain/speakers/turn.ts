import type { SpeakerRequest } from "./types.js";

/** How long a finished turn lasted, in whole seconds; 0 for a turn not started or not finished. */
export const turnSeconds = (turn: Pick<SpeakerRequest, "startedAt" | "endedAt">): number =>
  turn.startedAt && turn.endedAt ? Math.max(0, Math.round((Date.parse(turn.endedAt) - Date.parse(turn.startedAt)) / 1000)) : 0;

/**
 * Seconds left in a running turn at `serverTime` (negative once over time), or null without a limit.
 * Clients compute the countdown from the server's time, never from their own clock.
 */
export const secondsLeft = (turn: SpeakerRequest, serverTime: string): number | null =>
  turn.startedAt === null || turn.timeLimitSeconds === null
    ? null
    : turn.timeLimitSeconds - Math.floor((Date.parse(serverTime) - Date.parse(turn.startedAt)) / 1000);
