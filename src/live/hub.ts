import { canSeeEvent, readsUnpublished, type Principal } from "../domain/authorization.js";
import type { RecordedEvent } from "../domain/events.js";
import { RecentMessages } from "./messages.js";
import { asId, type AccountId, type SittingId } from "../domain/ids.js";

/** A connected client: who it is, how to reach it, and how to read its rights again. */
export interface LiveClient {
  /** Read at every delivery, so a change of roles applies from the next event on. */
  readonly principal: Principal;
  /** The signed-in account the connection belongs to, fixed for its life; null for the public. */
  readonly accountId: AccountId | null;
  send(message: string): void;
  /** Reads the client's session and roles again from the store (or ends the connection). */
  refresh(): Promise<void>;
  /** The sittings this client follows; kept by the hub, so that leaving is O(1) per subscription. */
  sittings: SittingId[] | null;
}

interface Subscription {
  readonly client: LiveClient;
  /** Whether the sitting was published when subscribed: otherwise the rights are checked again on a change of roles. */
  readonly published: boolean;
  lastSent: number;
  /** Events that arrived while the replay from the store was running. */
  buffer: RecordedEvent[] | null;
}

export interface HubSource {
  /** Committed events with after < position < before, in order. */
  between(after: number, before: number): Promise<RecordedEvent[]>;
  /** Committed events of one sitting after a position, in order, at most `limit` of them. */
  ofSitting(sittingId: SittingId, after: number, limit: number): Promise<RecordedEvent[]>;
  lastPosition(): Promise<number>;
}

export interface HubOptions {
  /** A resume that misses more events than this is answered with "reload" instead of a replay. */
  readonly maxReplay?: number;
}

/** What a subscription starts from: the position to keep, and whether the missed events were replayed. */
export interface Subscribed {
  readonly position: number;
  readonly resumed: boolean;
}

const ACCOUNT = "account:";

/**
 * Delivers recorded events to subscribers of a sitting, in position order, each once, each checked
 * against the subscriber's rights. Positions are gapless, so a missing one is fetched from the store.
 * An event about an account (sign-out, roles, membership) makes that account's clients read their
 * rights again before anything later is delivered.
 */
export class Hub {
  private delivered = 0;
  private wanted = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly bySitting = new Map<SittingId, Map<LiveClient, Subscription>>();
  private readonly byAccount = new Map<AccountId, Set<LiveClient>>();
  /** Signed-in clients that follow their own account's events (their notifications), by account. */
  private readonly inboxes = new Map<AccountId, Set<LiveClient>>();
  private readonly recent = new RecentMessages(1024);
  private readonly maxReplay: number;

  constructor(
    private readonly source: HubSource,
    options: HubOptions = {},
  ) {
    this.maxReplay = options.maxReplay ?? 5000;
  }

  async start(): Promise<void> {
    this.delivered = await this.source.lastPosition();
  }

  get position(): number {
    return this.delivered;
  }

  /** Hands events committed through this instance to the hub: they come from the store's own transaction. */
  notify(events: readonly RecordedEvent[]): Promise<void> {
    return this.enqueue(() => this.ingest(events));
  }

  /**
   * Another instance says the log reached `position`. Only the store is believed: the events are read
   * from it, so a false announcement costs at most one read and delivers nothing.
   */
  announce(position: number): Promise<void> {
    if (!Number.isSafeInteger(position) || position <= Math.max(this.delivered, this.wanted)) return this.chain;
    this.wanted = position;
    return this.enqueue(() => this.pull());
  }

  /** Catches up with the store: covers announcements that never arrived. */
  poll(): Promise<void> {
    return this.enqueue(async () => {
      this.wanted = Math.max(this.wanted, await this.source.lastPosition());
      await this.pull();
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(step).catch(() => undefined);
    return this.chain;
  }

  private async pull(): Promise<void> {
    while (this.wanted > this.delivered) {
      const before = this.delivered;
      await this.ingest(await this.source.between(this.delivered, this.wanted + 1));
      if (this.delivered === before) break;
    }
    this.wanted = this.delivered;
  }

  private async ingest(events: readonly RecordedEvent[]): Promise<void> {
    const fresh = events.filter((e) => e.position > this.delivered).sort((a, b) => a.position - b.position);
    const first = fresh[0];
    if (!first) return;
    const missing = first.position > this.delivered + 1 ? await this.source.between(this.delivered, first.position) : [];
    for (const e of [...missing, ...fresh]) {
      if (e.position !== this.delivered + 1) continue;
      if (e.subject.startsWith(ACCOUNT)) await this.refreshAccount(asId<AccountId>(e.subject.slice(ACCOUNT.length)));
      this.dispatch(e);
      this.delivered = e.position;
    }
  }

  private async refreshAccount(accountId: AccountId): Promise<void> {
    const clients = new Set([...(this.byAccount.get(accountId) ?? []), ...(this.inboxes.get(accountId) ?? [])]);
    await Promise.all([...clients].map((c) => c.refresh().then(() => this.recheck(c))));
  }

  /** After a change of roles: subscriptions to sittings the client may no longer read end. */
  private recheck(client: LiveClient): void {
    for (const sittingId of client.sittings ?? []) {
      const sub = this.bySitting.get(sittingId)?.get(client);
      if (!sub || sub.published || readsUnpublished(client.principal)) continue;
      this.unsubscribe(client, sittingId);
      client.send(JSON.stringify({ type: "unsubscribed", sittingId, reason: "not_found" }));
    }
  }

  private dispatch(e: RecordedEvent): void {
    if (e.sittingId === null) return this.dispatchToInbox(e);
    const subs = this.bySitting.get(e.sittingId);
    if (!subs) return;
    let message: string | null = null;
    for (const sub of subs.values()) {
      if (sub.buffer) {
        sub.buffer.push(e);
        continue;
      }
      if (e.position <= sub.lastSent) continue;
      sub.lastSent = e.position;
      if (canSeeEvent(sub.client.principal, e.scope)) sub.client.send((message ??= this.recent.of(e)));
    }
  }

  /** An event of one account's own scope (a notification) goes to that account's inboxes, checked like any other. */
  private dispatchToInbox(e: RecordedEvent): void {
    if (!e.scope.startsWith(ACCOUNT)) return;
    const clients = this.inboxes.get(asId<AccountId>(e.scope.slice(ACCOUNT.length)));
    if (!clients) return;
    for (const client of clients) if (canSeeEvent(client.principal, e.scope)) client.send(this.recent.of(e));
  }

  /**
   * A signed-in client follows its own account's events from now (the screen loads its notifications itself, and
   * again after a reconnection). Returns the position it follows from; the public has no inbox.
   */
  subscribeInbox(client: LiveClient): number | null {
    const accountId = client.accountId;
    if (accountId === null) return null;
    let clients = this.inboxes.get(accountId);
    if (!clients) this.inboxes.set(accountId, (clients = new Set()));
    clients.add(client);
    return this.delivered;
  }

  /**
   * Subscribes a client to a sitting. Without `after` it follows from now (the screen loads the current
   * state itself); with `after` it replays what the client missed, unless that is more than a screen
   * should replay: then it follows from now and says so, and the screen loads the state again.
   */
  async subscribe(client: LiveClient, sittingId: SittingId, after: number | null, published = true): Promise<Subscribed> {
    this.unsubscribe(client, sittingId);
    // A position beyond the log (a client of a restored or different database) resumes from the end.
    const from = after === null ? this.delivered : Math.min(after, this.delivered);
    const sub: Subscription = { client, published, lastSent: from, buffer: after === null || from === this.delivered ? null : [] };
    this.add(client, sittingId, sub);
    if (!sub.buffer) return { position: from, resumed: after !== null };
    const replay = await this.source.ofSitting(sittingId, from, this.maxReplay + 1);
    const pending = sub.buffer;
    sub.buffer = null;
    if (this.bySitting.get(sittingId)?.get(client) !== sub) return { position: from, resumed: false };
    if (replay.length > this.maxReplay) {
      sub.lastSent = Math.max(this.delivered, sub.lastSent);
      return { position: sub.lastSent, resumed: false };
    }
    for (const e of [...replay, ...pending]) {
      if (e.position <= sub.lastSent) continue;
      sub.lastSent = e.position;
      if (canSeeEvent(client.principal, e.scope)) client.send(this.recent.of(e));
    }
    return { position: Math.max(sub.lastSent, this.delivered), resumed: true };
  }

  private add(client: LiveClient, sittingId: SittingId, sub: Subscription): void {
    let subs = this.bySitting.get(sittingId);
    if (!subs) this.bySitting.set(sittingId, (subs = new Map()));
    subs.set(client, sub);
    (client.sittings ??= []).push(sittingId);
    const accountId = client.accountId;
    if (accountId === null) return;
    let clients = this.byAccount.get(accountId);
    if (!clients) this.byAccount.set(accountId, (clients = new Set()));
    clients.add(client);
  }

  /** Ends one subscription of a client, or all of them (its inbox too). */
  unsubscribe(client: LiveClient, sittingId?: SittingId): void {
    if (sittingId === undefined && client.accountId !== null) {
      const inbox = this.inboxes.get(client.accountId);
      inbox?.delete(client);
      if (inbox?.size === 0) this.inboxes.delete(client.accountId);
    }
    const sittings = client.sittings;
    if (!sittings) return;
    for (const id of sittingId === undefined ? [...sittings] : [sittingId]) {
      const i = sittings.indexOf(id);
      if (i < 0) continue;
      sittings.splice(i, 1);
      const subs = this.bySitting.get(id);
      subs?.delete(client);
      if (subs?.size === 0) this.bySitting.delete(id);
    }
    if (sittings.length > 0) return;
    client.sittings = null;
    const accountId = client.accountId;
    const clients = accountId === null ? undefined : this.byAccount.get(accountId);
    clients?.delete(client);
    if (clients?.size === 0) this.byAccount.delete(accountId!);
  }

  get subscriberCount(): number {
    let n = 0;
    for (const subs of this.bySitting.values()) n += subs.size;
    return n;
  }
}
