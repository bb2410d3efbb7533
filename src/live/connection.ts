import type { WebSocket } from "ws";
import { PUBLIC, type Principal } from "../domain/authorization.js";
import type { Store } from "../store/database.js";
import type { Hub, LiveClient } from "./hub.js";
import type { LiveLimits } from "./limits.js";
import { standingOf, type Expiring, type SessionClock, type Standing } from "./sessions.js";
import type { SittingVisibility } from "./visibility.js";
import { screenStillValid, type ScreenPass } from "./screens.js";
import type { AccountId, SittingId } from "../domain/ids.js";

/** What every connection of an instance shares: one object, referenced, not copied per socket. */
export interface LiveContext {
  readonly store: Store;
  readonly hub: Hub;
  readonly clock: SessionClock;
  readonly visibility: SittingVisibility;
  readonly limits: LiveLimits;
}

/** Close codes a client can act on: sign in again, or come back later and resume. */
export const CLOSE = {
  signedOut: [4401, "signed out: the session ended; sign in again"],
  expired: [4401, "session expired; sign in again"],
  unavailable: [1013, "try again later and resume from your last position"],
  tooFarBehind: [1013, "too far behind; resume from your last position"],
  tooManyMessages: [1008, "too many messages"],
  screenRevoked: [4403, "this hall screen's address is not valid any more"],
} as const satisfies Record<string, readonly [number, string]>;

const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
const SETTLED: Promise<void> = Promise.resolve();
const MAX_STRIKES = 100;

/**
 * One live socket: its standing (kept up to date from the store while it is open), its subscriptions
 * (kept by the hub) and its message budget. Holds no request, reply or logger of the handshake.
 */
export class LiveConnection implements LiveClient, Expiring {
  sittings: SittingId[] | null = null;
  /** Messages are handled one after another, in the order they came. */
  queue = SETTLED;
  /** A hall screen's messages wait, in order, for the check of its token. */
  private outgoing = SETTLED;
  principal: Principal;
  expiresAt: number;
  readonly accountId: AccountId | null;
  private tokens: number;
  private refilledAt = Date.now();
  private strikes = 0;

  constructor(
    readonly socket: WebSocket,
    readonly ctx: LiveContext,
    private readonly sessionId: string | null,
    standing: Standing | null,
    /** A hall screen's pass: its token is checked again before every message it is sent. */
    readonly screen: ScreenPass | null = null,
  ) {
    this.principal = standing?.principal ?? PUBLIC;
    this.accountId = standing?.principal.accountId ?? null;
    this.expiresAt = standing?.expiresAt ?? Infinity;
    this.tokens = ctx.limits.messageRate * 4;
    if (this.sessionId !== null) ctx.clock.watch(this);
  }

  send(message: string): void {
    if (this.screen === null) return this.deliver(message);
    const pass = this.screen;
    this.outgoing = this.outgoing
      .then(() => screenStillValid(this.ctx.store, pass))
      .then(
        (valid) => (valid ? this.deliver(message) : this.end(CLOSE.screenRevoked)),
        () => this.end(CLOSE.unavailable),
      );
  }

  /** Whether a hall screen's token still holds; a connection opened with a session always passes. */
  async screenValid(): Promise<boolean> {
    if (this.screen === null) return true;
    if (await screenStillValid(this.ctx.store, this.screen)) return true;
    this.end(CLOSE.screenRevoked);
    return false;
  }

  private deliver(message: string): void {
    const socket = this.socket;
    if (socket.readyState !== socket.OPEN) return;
    // A client that cannot keep up is closed; it reconnects and resumes from its last position.
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return this.end(CLOSE.tooFarBehind);
    socket.send(message);
  }

  /** Reads the session and roles again: a session that ended closes the socket, new roles apply at once. */
  async refresh(): Promise<void> {
    if (this.sessionId === null) return;
    let standing: Standing | null;
    try {
      standing = await standingOf(this.ctx.store, this.sessionId);
    } catch {
      return this.end(CLOSE.unavailable);
    }
    if (!standing || standing.principal.accountId !== this.accountId) return this.end(CLOSE.signedOut);
    this.principal = standing.principal;
    if (standing.expiresAt !== this.expiresAt) {
      this.expiresAt = standing.expiresAt;
      this.ctx.clock.check();
    }
  }

  expire(): void {
    this.end(CLOSE.expired);
  }

  /**
   * Spends one message of the socket's budget (refilled at `messageRate` a second). False when spent;
   * a socket that keeps sending past its budget is closed.
   */
  take(): boolean {
    const { messageRate } = this.ctx.limits;
    const now = Date.now();
    this.tokens = Math.min(messageRate * 4, this.tokens + ((now - this.refilledAt) * messageRate) / 1000);
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.strikes = 0;
      return true;
    }
    if (++this.strikes > MAX_STRIKES) this.end(CLOSE.tooManyMessages);
    return false;
  }

  /** Whether this refusal is the first of a run, so that a flood is answered once, not once per message. */
  get firstRefusal(): boolean {
    return this.strikes === 1;
  }

  /** Ends every subscription and closes the socket with a reason the client can act on. */
  end([code, reason]: readonly [number, string]): void {
    this.closed();
    this.principal = PUBLIC;
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) this.socket.close(code, reason);
  }

  /** Forgets the connection everywhere once its socket closed. */
  closed(): void {
    this.ctx.hub.unsubscribe(this);
    this.ctx.clock.forget(this);
  }
}
