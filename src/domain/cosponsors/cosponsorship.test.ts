import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import {
  COSPONSOR_STATUSES,
  COSPONSOR_STEPS,
  COSPONSOR_TRANSITIONS,
  mayTakeStep,
  nextCosponsorStatus,
  signs,
  stands,
  takeCosponsorStep,
  type CosponsorParty,
} from "./cosponsorship.js";

const EXPECTED: Record<string, string> = {
  "invited/accept": "accepted",
  "invited/decline": "declined",
  "invited/withdraw": "withdrawn",
  "accepted/withdraw": "withdrawn",
};

describe("the co-sponsorship table", () => {
  it("allows exactly the expected steps from each status", () => {
    for (const from of COSPONSOR_STATUSES)
      for (const step of COSPONSOR_STEPS) expect(nextCosponsorStatus(from, step)).toBe(EXPECTED[`${from}/${step}`] ?? null);
  });

  it("names every status as a key, and ends at declined and withdrawn", () => {
    expect(Object.keys(COSPONSOR_TRANSITIONS).sort()).toEqual([...COSPONSOR_STATUSES].sort());
    expect(COSPONSOR_TRANSITIONS.declined).toEqual({});
    expect(COSPONSOR_TRANSITIONS.withdrawn).toEqual({});
  });

  it("lets only the invited accept or decline, and the author take back an invitation", () => {
    const parties: CosponsorParty[] = ["invited", "author", "secretariat"];
    const who = (from: "invited" | "accepted", step: "accept" | "decline" | "withdraw") =>
      parties.filter((p) => mayTakeStep(from, step, [p]));
    expect(who("invited", "accept")).toEqual(["invited"]);
    expect(who("invited", "decline")).toEqual(["invited"]);
    expect(who("invited", "withdraw")).toEqual(["author", "secretariat"]);
    expect(who("accepted", "withdraw")).toEqual(["invited", "author", "secretariat"]);
  });

  it("refuses a step out of the table as an invalid transition and a step by another party as forbidden", () => {
    expect(takeCosponsorStep("invited", "accept", ["invited"], "submitted")).toBe("accepted");
    const invalid = (() => {
      try {
        takeCosponsorStep("declined", "accept", ["invited"], "submitted");
      } catch (e) {
        return e;
      }
    })() as DomainError;
    expect(invalid).toBeInstanceOf(DomainError);
    expect(invalid.code).toBe("invalid_transition");
    expect(() => takeCosponsorStep("invited", "accept", ["author", "secretariat"], "submitted")).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
  });

  it("takes no acceptance once the committee decided, but lets a name be withdrawn", () => {
    expect(() => takeCosponsorStep("invited", "accept", ["invited"], "accepted")).toThrow(
      expect.objectContaining({ code: "invalid_transition" }),
    );
    expect(takeCosponsorStep("accepted", "withdraw", ["invited"], "rejected")).toBe("withdrawn");
  });

  it("shows only accepted co-sponsors and blocks a second invitation while one stands", () => {
    expect(COSPONSOR_STATUSES.filter(signs)).toEqual(["accepted"]);
    expect(COSPONSOR_STATUSES.filter(stands)).toEqual(["invited", "accepted"]);
  });
});
