import { describe, expect, it } from "vitest";
import { liveStatusAfter, type LiveSignal, type LiveStatus } from "./liveStatus.js";

const walk = (signals: readonly LiveSignal[], from: LiveStatus = "connecting"): LiveStatus[] => {
  const seen: LiveStatus[] = [];
  signals.reduce((status, signal) => {
    const next = liveStatusAfter(status, signal);
    seen.push(next);
    return next;
  }, from);
  return seen;
};

describe("the live indicator's honest state", () => {
  it("says the connection is lost as soon as the browser goes offline, then back online, then live", () => {
    expect(walk(["subscribed", "offline", "online", "subscribed", "settled"])).toEqual([
      "live",
      "reconnecting",
      "reconnecting",
      "restored",
      "live",
    ]);
  });

  it("says the connection is lost when the socket drops, and never shows live before the channel is subscribed again", () => {
    expect(walk(["subscribed", "closed", "closed", "subscribed"])).toEqual(["live", "reconnecting", "reconnecting", "restored"]);
    expect(walk(["settled"], "reconnecting")).toEqual(["reconnecting"]);
  });

  it("goes straight to live on a first connection", () => {
    expect(walk(["subscribed"])).toEqual(["live"]);
  });
});
