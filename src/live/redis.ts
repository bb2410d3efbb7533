import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

/** What an instance announces after a commit: nothing but where its deployment's log now ends. */
export interface Announcement {
  /** The deployment, as kept in its database. */
  readonly d: string;
  /** The announcing instance. */
  readonly i: string;
  /** The position of the last event it committed. */
  readonly p: number;
}

const MAX_MESSAGE = 256;
const WARN_EVERY_MS = 10_000;

/** The channel of one deployment: deployments sharing a Redis never hear each other. */
export const channelOf = (deployment: string): string => `rapporteur:${deployment}:committed`;

/** Reads an announcement; anything else (malformed, oversized, another deployment's) is null with the reason. */
export const readAnnouncement = (message: string, deployment: string): { ok: Announcement } | { refused: string } => {
  if (message.length > MAX_MESSAGE) return { refused: `a message of ${message.length} characters` };
  let m: unknown;
  try {
    m = JSON.parse(message);
  } catch {
    return { refused: "a message that is not JSON" };
  }
  const a = m as Partial<Announcement> | null;
  if (typeof a !== "object" || a === null || Object.keys(a).length !== 3) return { refused: "a message that is not an announcement" };
  if (a.d !== deployment) return { refused: "a message of another deployment" };
  if (typeof a.i !== "string" || a.i.length < 1 || a.i.length > 64) return { refused: "a message without an instance" };
  if (typeof a.p !== "number" || !Number.isSafeInteger(a.p) || a.p < 1) return { refused: "a message without a position" };
  return { ok: { d: a.d, i: a.i, p: a.p } };
};

/**
 * Tells the other instances of one deployment, through Redis, how far the log got; they read the events
 * themselves from the store. A malformed or foreign message is logged and ignored.
 */
export class RedisFanout {
  readonly instance = randomUUID();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private refused = 0;
  private warnedAt = 0;

  private constructor(
    url: string,
    private readonly deployment: string,
    private readonly warn: (line: string) => void,
  ) {
    this.pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.pub.on("error", () => undefined);
    this.sub.on("error", () => undefined);
  }

  /** Connects both connections; a wrong REDIS_URL stops the start with a clear message. */
  static async connect(
    url: string,
    deployment: string,
    onPosition: (position: number) => void,
    warn: (line: string) => void = () => undefined,
  ): Promise<RedisFanout> {
    const fanout = new RedisFanout(url, deployment, warn);
    try {
      await fanout.pub.connect();
      await fanout.sub.connect();
    } catch (error) {
      await fanout.close();
      throw new Error(`Cannot connect to Redis at REDIS_URL (${(error as Error).message}); check the address or unset REDIS_URL`);
    }
    const channel = channelOf(deployment);
    await fanout.sub.subscribe(channel);
    fanout.sub.on("message", (from: string, message: string) => {
      if (from !== channel) return;
      const read = readAnnouncement(message, deployment);
      if ("refused" in read) return fanout.refuse(read.refused);
      if (read.ok.i !== fanout.instance) onPosition(read.ok.p);
    });
    return fanout;
  }

  /** Logs refused messages at most once every ten seconds, with how many there were. */
  private refuse(reason: string): void {
    this.refused++;
    const now = Date.now();
    if (now - this.warnedAt < WARN_EVERY_MS) return;
    this.warn(`Live channel: ignored ${this.refused} Redis message(s) on ${channelOf(this.deployment)}, the latest ${reason}`);
    this.warnedAt = now;
    this.refused = 0;
  }

  /** Announces that this instance committed up to `position`. */
  publish(position: number): void {
    const a: Announcement = { d: this.deployment, i: this.instance, p: position };
    this.pub.publish(channelOf(this.deployment), JSON.stringify(a)).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
