/** What the reader is told about the live channel: connecting, live, connection lost (reconnecting), back online. */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "restored";

/** What happens to the live channel: subscribed, socket closed, the browser going offline or online, "Back online" shown long enough. */
export type LiveSignal = "subscribed" | "closed" | "offline" | "online" | "settled";

/** How long "Back online" stays before the indicator says "Live" again. */
export const RESTORED_MS = 4_000;

/** The status after a signal: a lost connection is said at once, and its return as "Back online" before "Live". */
export const liveStatusAfter = (status: LiveStatus, signal: LiveSignal): LiveStatus => {
  switch (signal) {
    case "subscribed":
      return status === "reconnecting" ? "restored" : status === "restored" ? "restored" : "live";
    case "closed":
    case "offline":
      return "reconnecting";
    case "online":
      return status;
    case "settled":
      return status === "restored" ? "live" : status;
  }
};
