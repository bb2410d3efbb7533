import { describe, expect, it } from "vitest";
import { clockOffset, formatSeconds, isNearEnd, secondsElapsed, secondsLeft } from "./countdown.js";

const at = (iso: string) => Date.parse(iso);

describe("the speaking-time countdown", () => {
  it("measures how far the client's clock is from the server's", () => {
    expect(clockOffset("2025-01-01T10:00:05.000Z", at("2025-01-01T10:00:00.000Z"))).toBe(5000);
    expect(clockOffset("2025-01-01T10:00:00.000Z", at("2025-01-01T10:00:03.000Z"))).toBe(-3000);
    expect(clockOffset("not a time", 0)).toBe(0);
  });

  it("counts down on the server's clock, whatever the client's clock says", () => {
    const startedAt = "2025-01-01T10:00:00.000Z";
    // The client's clock runs 60 s late: 09:59:30 on the client is 10:00:30 on the server.
    const offset = 60_000;
    expect(secondsLeft(startedAt, 120, at("2025-01-01T09:59:30.000Z"), offset)).toBe(90);
    expect(secondsLeft(startedAt, 120, at("2025-01-01T10:01:30.000Z"), 0)).toBe(30);
    expect(secondsLeft(startedAt, 120, at("2025-01-01T10:02:05.000Z"), 0)).toBe(-5);
    expect(secondsLeft(startedAt, null, at("2025-01-01T10:02:05.000Z"), 0)).toBeNull();
    // Just after the call, an answer that took 80 ms to arrive must not show more than the limit.
    expect(secondsLeft(startedAt, 120, at("2025-01-01T10:00:00.100Z"), -80 - 100)).toBe(120);
    expect(secondsElapsed(startedAt, at("2025-01-01T09:59:30.000Z"), offset)).toBe(30);
    expect(secondsElapsed(startedAt, at("2025-01-01T09:00:00.000Z"), 0)).toBe(0);
  });

  it("turns red in the last fifth of the time, and at least in the last ten seconds", () => {
    expect(isNearEnd(25, 120)).toBe(false);
    expect(isNearEnd(24, 120)).toBe(true);
    expect(isNearEnd(11, 30)).toBe(false);
    expect(isNearEnd(10, 30)).toBe(true);
    expect(isNearEnd(-3, 30)).toBe(true);
  });

  it("writes minutes and seconds", () => {
    expect(formatSeconds(0)).toBe("0:00");
    expect(formatSeconds(65)).toBe("1:05");
    expect(formatSeconds(-7)).toBe("−0:07");
    expect(formatSeconds(3600)).toBe("60:00");
  });
});
