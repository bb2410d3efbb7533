import { Redis } from "ioredis";
import type { RecordedEvent } from "../domain/events.js";

const CHANNEL = "rapporteur:events";

/** Fans committed events out to every instance through Redis publish/subscribe. */
export class RedisFanout {
  private readonly pub: Redis;
  private readonly sub: Redis;

  private constructor(url: string) {
    this.pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.pub.on("error", () => undefined);
    this.sub.on("error", () => undefined);
  }

  /** Connects both connections; a wrong REDIS_URL stops the start with a clear message. */
  static async connect(url: string, onEvents: (events: RecordedEvent[]) => void): Promise<RedisFanout> {
    const fanout = new RedisFanout(url);
    try {
      await fanout.pub.connect();
      await fanout.sub.connect();
    } catch (error) {
      await fanout.close();
      throw new Error(`Cannot connect to Redis at REDIS_URL (${(error as Error).message}); check the address or unset REDIS_URL`);
    }
    await fanout.sub.subscribe(CHANNEL);
    fanout.sub.on("message", (_channel: string, message: string) => {
      try {
        onEvents(JSON.parse(message) as RecordedEvent[]);
      } catch {
        // A malformed message is ignored; the hub's poll catches up from the store.
      }
    });
    return fanout;
  }

  publish(events: readonly RecordedEvent[]): void {
    if (events.length > 0) this.pub.publish(CHANNEL, JSON.stringify(events)).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
