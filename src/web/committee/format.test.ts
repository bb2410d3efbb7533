import { describe, expect, it } from "vitest";
import { inZone, timeLeft } from "./format.js";

describe("deadline formatting", () => {
  it("counts down in days, hours and minutes, and stops once the moment has passed", () => {
    const now = Date.parse("2021-11-26T10:00:00Z");
    expect(timeLeft("2021-11-27T17:00:00Z", now)).toEqual({ days: 1, hours: 7, minutes: 0 });
    expect(timeLeft("2021-11-26T10:00:30Z", now)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(timeLeft("2021-11-26T10:00:00Z", now)).toBeNull();
    expect(timeLeft("2021-11-26T09:00:00Z", now)).toBeNull();
  });

  it("shows the deadline in the event's time zone, whatever the reader's", () => {
    expect(inZone("2021-11-27T18:00", "Europe/Madrid", "en")).toBe("27 November 2021, 18:00 (Europe/Madrid)");
    expect(inZone("2021-11-27T18:00", "Europe/Madrid", "ar")).toMatch(/^27 .+ 2021, 18:00 \(Europe\/Madrid\)$/);
  });
});
