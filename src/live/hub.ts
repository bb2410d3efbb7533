import { canSeeEvent, type Principal } from "../domain/authorization.js";
import type { RecordedEvent } from "../domain/events.js";

/** A connected client: who it is and how to reach it. */
export interface LiveClient {
  /** Read at every delivery, so a change of roles applies from the next event on. */
  readonly principal: Principal;
  send(message: string): void;
}

interface Subscription {
  readonly client: LiveClient;
  readonly sittingId: string;
  lastSent: number;
  /** Events that arrived while the replay from the store was running. */
  buffer: RecordedEvent[] | null;
}

export interface HubSource {
  /** Committed events with after < position < before, in order. */
  between(after: number, before: number): Promise<RecordedEvent[]>;
  /** Committed events of one sitting after a position, in order. */
  ofSitting(sittingId: string, after: number): Promise<RecordedEvent[]>;
  lastPosition(): Promise<number>;
}

const eventMessage = (e: RecordedEvent): string =>
  JSON.stringify({
    type: "event",
    event: { position: e.position, time: e.time, actor: e.actor, type: e.type, subject: e.subject, sittingId: e.sittingId, payload: e.payload },
  });

/**
 * Delivers recorded events to subscribers of a sitting, in position order, each once, each checked
 * against the subscriber's rights. Positions are gapless, so a missing one is fetched from the store.
 */
export class Hub {
  private delivered = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly bySitting = new Map<string, Set<Subscription>>();

  constructor(private readonly source: HubSource) {}

  async start(): Promise<void> {
    this.delivered = await this.source.lastPosition();
  }

  get position(): number {
    return this.delivered;
  }

  /** Hands newly committed events to the hub (local commits and other instances alike). */
  notify(events: readonly RecordedEvent[]): Promise<void> {
    this.chain = this.chain.then(() => this.ingest(events)).catch(() => undefined);
    return this.chain;
  }

  /** Catches up with the store: covers notifications that never arrived. */
  poll(): Promise<void> {
    this.chain = this.chain
      .then(async () => {
        const last = await this.source.lastPosition();
        if (last > this.delivered) await this.ingest(await this.source.between(this.delivered, last + 1));
      })
      .catch(() => undefined);
    return this.chain;
  }

  private async ingest(events: readonly RecordedEvent[]): Promise<void> {
    const fresh = [...events].filter((e) => e.position > this.delivered).sort((a, b) => a.position - b.position);
    const first = fresh[0];
    if (!first) return;
    const missing = first.position > this.delivered + 1 ? await this.source.between(this.delivered, first.position) : [];
    for (const e of [...missing, ...fresh]) {
      if (e.position !== this.delivered + 1) continue;
      this.dispatch(e);
      this.delivered = e.position;
    }
  }

  private dispatch(e: RecordedEvent): void {
    if (e.sittingId === null) return;
    const subs = this.bySitting.get(e.sittingId);
    if (!subs) return;
    let message: string | null = null;
    for (const sub of subs) {
      if (sub.buffer) {
        sub.buffer.push(e);
        continue;
      }
      if (e.position <= sub.lastSent) continue;
      sub.lastSent = e.position;
      if (canSeeEvent(sub.client.principal, e.scope)) sub.client.send((message ??= eventMessage(e)));
    }
  }

  /** Subscribes a client to a sitting from a position: replays what it missed, then follows live. */
  async subscribe(client: LiveClient, sittingId: string, after: number): Promise<number> {
    this.unsubscribe(client, sittingId);
    // A position beyond the log (a client of a restored or different database) resumes from the end.
    const from = Math.min(after, this.delivered);
    const sub: Subscription = { client, sittingId, lastSent: from, buffer: [] };
    let subs = this.bySitting.get(sittingId);
    if (!subs) this.bySitting.set(sittingId, (subs = new Set()));
    subs.add(sub);
    const replay = await this.source.ofSitting(sittingId, from);
    const pending = sub.buffer ?? [];
    sub.buffer = null;
    for (const e of [...replay, ...pending]) {
      if (e.position <= sub.lastSent) continue;
      sub.lastSent = e.position;
      if (canSeeEvent(client.principal, e.scope)) client.send(eventMessage(e));
    }
    return Math.max(sub.lastSent, this.delivered);
  }

  unsubscribe(client: LiveClient, sittingId?: string): void {
    for (const [key, subs] of this.bySitting) {
      if (sittingId !== undefined && key !== sittingId) continue;
      for (const s of subs) if (s.client === client) subs.delete(s);
      if (subs.size === 0) this.bySitting.delete(key);
    }
  }

  get subscriberCount(): number {
    let n = 0;
    for (const subs of this.bySitting.values()) n += subs.size;
    return n;
  }
}
