/** How far the client's clock is behind the server's, in milliseconds, measured when an answer arrived. */
export const clockOffset = (serverTime: string, receivedAt: number): number => {
  const server = Date.parse(serverTime);
  return Number.isNaN(server) ? 0 : server - receivedAt;
};

/**
 * Seconds left in a turn (negative once over time), on the server's clock; null when the turn has no limit.
 * Never more than the limit: the offset carries the answer's travel time, which must not add time to a turn.
 */
export const secondsLeft = (startedAt: string, limitSeconds: number | null, clientNow: number, offset: number): number | null => {
  if (limitSeconds === null) return null;
  const started = Date.parse(startedAt);
  if (Number.isNaN(started)) return limitSeconds;
  return Math.min(limitSeconds, Math.ceil(limitSeconds - (clientNow + offset - started) / 1000));
};

/** Whole seconds since a turn started, on the server's clock. */
export const secondsElapsed = (startedAt: string, clientNow: number, offset: number): number => {
  const started = Date.parse(startedAt);
  return Number.isNaN(started) ? 0 : Math.max(0, Math.floor((clientNow + offset - started) / 1000));
};

/** A countdown turns red in its last fifth, and at least in its last ten seconds. */
export const isNearEnd = (left: number, limitSeconds: number): boolean => left <= Math.max(10, Math.ceil(limitSeconds / 5));

/** Seconds as m:ss, with a leading minus sign once over time. */
export const formatSeconds = (seconds: number): string => {
  const sign = seconds < 0 ? "−" : "";
  const total = Math.abs(seconds);
  const minutes = Math.floor(total / 60);
  return `${sign}${minutes}:${String(total % 60).padStart(2, "0")}`;
};
