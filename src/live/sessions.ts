import { principalOf, accountView, hashSecret } from "../store/accounts.js";
import type { Store } from "../store/database.js";
import type { Principal } from "../domain/authorization.js";

/** A signed-in connection's standing: who it is and until when its session holds. */
export interface Standing {
  readonly principal: Principal;
  readonly expiresAt: number;
}

/** The session id kept for a cookie secret: its hash, as stored; the secret itself is not kept. */
export const sessionIdOf = (secret: string): string => hashSecret(secret);

/** The standing of a session read from the store now, or null when it ended (signed out, expired, removed). */
export const standingOf = async (store: Store, sessionId: string, now = Date.now()): Promise<Standing | null> => {
  const row = await store.db.selectFrom("sessions").select(["account_id", "expires_at"]).where("id", "=", sessionId).executeTakeFirst();
  const expiresAt = row ? Date.parse(row.expires_at) : 0;
  if (!row || !(expiresAt > now)) return null;
  const account = await accountView(store.db, row.account_id);
  return account ? { principal: principalOf(account), expiresAt } : null;
};

/** Something that can be told its session ran out. */
export interface Expiring {
  readonly expiresAt: number;
  expire(): void;
}

const MAX_TIMER_MS = 3_600_000;

/** Ends connections when their session expires: one timer for all, set to the earliest expiry. */
export class SessionClock {
  private readonly watched = new Set<Expiring>();
  private timer: NodeJS.Timeout | null = null;
  private nextAt = Infinity;

  constructor(private readonly now: () => number = Date.now) {}

  watch(c: Expiring): void {
    this.watched.add(c);
    if (c.expiresAt < this.nextAt) this.schedule(c.expiresAt);
  }

  forget(c: Expiring): void {
    this.watched.delete(c);
  }

  /** Expires what is due and sets the timer for the next one; also called when an expiry moved. */
  check(): void {
    const now = this.now();
    let next = Infinity;
    for (const c of [...this.watched]) {
      if (c.expiresAt <= now) {
        this.watched.delete(c);
        c.expire();
      } else next = Math.min(next, c.expiresAt);
    }
    this.nextAt = Infinity;
    if (next < Infinity) this.schedule(next);
  }

  private schedule(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.nextAt = at;
    this.timer = setTimeout(() => this.check(), Math.min(MAX_TIMER_MS, Math.max(0, at - this.now())));
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.watched.clear();
  }
}
