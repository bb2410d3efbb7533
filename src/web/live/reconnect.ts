const MAX_DELAY_MS = 30_000;

/** Exponential backoff with jitter, so that many readers do not reconnect at the same instant. */
export const reconnectDelay = (attempt: number): number => {
  const ceiling = Math.min(MAX_DELAY_MS, 1_000 * 2 ** attempt);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
};
