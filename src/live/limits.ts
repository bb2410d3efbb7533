/** The live channel's limits, from the configuration (README's table). */
export interface LiveLimits {
  /** Connected sockets per instance; beyond it a handshake is answered 503 with Retry-After. */
  readonly maxClients: number;
  /** Handshakes waiting for the store at once; beyond it 503 with Retry-After. */
  readonly maxHandshakes: number;
  /** Messages a socket may send per second, with bursts of four times as many. */
  readonly messageRate: number;
  /** Sittings one socket may follow at once. */
  readonly maxSubscriptions: number;
  /** Seconds a refused client is asked to wait before trying again. */
  readonly retryAfterSeconds: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxClients: 20_000,
  maxHandshakes: 256,
  messageRate: 5,
  maxSubscriptions: 20,
  retryAfterSeconds: 2,
};
