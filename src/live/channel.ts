import type { Store } from "../store/database.js";
import { lastPosition, readEvents } from "../store/events.js";
import type { Writer } from "../store/write.js";
import { deploymentId } from "./deployment.js";
import { Hub, type HubSource } from "./hub.js";
import { RedisFanout } from "./redis.js";

/** The hub's view of the store's event log. */
export const storeSource = (store: Store): HubSource => ({
  between: (after, before) => readEvents(store.db, { after, before }),
  ofSitting: (sittingId, after, limit) => readEvents(store.db, { after, sittingId, limit }),
  lastPosition: () => lastPosition(store.db),
});

export interface LiveChannelOptions {
  /** Several instances: announcements through Redis on the deployment's own channel. */
  readonly redisUrl?: string | null;
  /** How often the hub checks the store for events no announcement told it about. */
  readonly pollMs?: number;
  readonly maxReplay?: number;
  readonly warn?: (line: string) => void;
}

/** An instance's live channel: its hub, fed by its own commits, by Redis announcements and by polling. */
export interface LiveChannel {
  readonly hub: Hub;
  readonly fanout: RedisFanout | null;
  stop(): Promise<void>;
}

/** Starts the hub at the log's end and wires it to the writer, to Redis (if configured) and to a poll. */
export const startLiveChannel = async (store: Store, writer: Writer, o: LiveChannelOptions = {}): Promise<LiveChannel> => {
  const hub = new Hub(storeSource(store), { maxReplay: o.maxReplay });
  await hub.start();
  const fanout = o.redisUrl
    ? await RedisFanout.connect(o.redisUrl, await deploymentId(store.db), (p) => void hub.announce(p), o.warn)
    : null;
  writer.onCommit((events) => {
    void hub.notify(events);
    const last = events.at(-1);
    if (last) fanout?.publish(last.position);
  });
  const poll = o.pollMs ? setInterval(() => void hub.poll(), o.pollMs) : null;
  poll?.unref();
  return {
    hub,
    fanout,
    stop: async () => {
      if (poll) clearInterval(poll);
      await fanout?.close();
    },
  };
};
