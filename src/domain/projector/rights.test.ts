import { describe, expect, it } from "vitest";
import type { Principal, Role } from "../authorization.js";
import { mayControlProjector, mayShowSlide } from "./rights.js";
import { asId, type DiscussionGroupId } from "../ids.js";

const as = (role: Role, scope: string | null): Principal => ({ accountId: null, roles: [{ role, scope }] });
const plenary = { groupId: null, bodyId: "forum" };
const report = { kind: "group_report", groupId: asId<DiscussionGroupId>("g1"), page: 0 } as const;
const agenda = { kind: "agenda" } as const;

describe("who projects a group's report", () => {
  it("lets the group's rapporteur and chair show its report on the body's plenary screen, and nothing else there", () => {
    for (const p of [as("rapporteur", "group:g1"), as("chair", "group:g1")]) {
      expect(mayShowSlide(p, plenary, report)).toBe(true);
      expect(mayShowSlide(p, plenary, { ...report, page: 3 })).toBe(true);
      expect(mayShowSlide(p, plenary, agenda)).toBe(false);
      expect(mayControlProjector(p, plenary)).toBe(false);
    }
  });

  it("refuses another group's report, a member of the group, and another body's rapporteur", () => {
    expect(mayShowSlide(as("rapporteur", "group:g2"), plenary, report)).toBe(false);
    expect(mayShowSlide(as("participant", "group:g1"), plenary, report)).toBe(false);
    expect(mayShowSlide(as("presiding_officer", "body:committee"), plenary, report)).toBe(false);
    expect(mayShowSlide({ accountId: null, roles: [] }, plenary, report)).toBe(false);
  });

  it("leaves every slide to the presiding officer and the secretariat", () => {
    for (const p of [as("presiding_officer", "body:forum"), as("secretariat", null)]) {
      expect(mayShowSlide(p, plenary, report)).toBe(true);
      expect(mayShowSlide(p, plenary, agenda)).toBe(true);
    }
  });
});
