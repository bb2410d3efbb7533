import { describe, expect, it } from "vitest";
import { isStaff, mayReadParticipation, mayRunGroup, mayRunPlenary, roleInGroup } from "./rights.js";

const g = (role: string, id = "g1") => ({ role, scope: `group:${id}` }) as never;
const everywhere = (role: string) => ({ role, scope: null }) as never;

describe("what the group screens offer a reader", () => {
  it("reads the role in one group only", () => {
    expect(roleInGroup([g("chair")], "g1")).toBe("chair");
    expect(roleInGroup([g("chair", "g2")], "g1")).toBeNull();
    expect(roleInGroup([g("participant"), g("rapporteur")], "g1")).toBe("rapporteur");
    expect(roleInGroup([everywhere("participant")], "g1")).toBeNull();
  });

  it("lets the chair of the group and the secretariat run its list, nobody else", () => {
    expect(mayRunGroup([g("chair")], "g1")).toBe(true);
    expect(mayRunGroup([everywhere("secretariat")], "g1")).toBe(true);
    expect(mayRunGroup([g("chair", "g2")], "g1")).toBe(false);
    expect(mayRunGroup([g("rapporteur"), everywhere("bureau_member")], "g1")).toBe(false);
  });

  it("lets the presiding officer of the body run the plenary list", () => {
    expect(mayRunPlenary([{ role: "presiding_officer", scope: "body:b1" } as never], "b1")).toBe(true);
    expect(mayRunPlenary([{ role: "presiding_officer", scope: "body:b2" } as never], "b1")).toBe(false);
    expect(mayRunPlenary([g("chair")], "b1")).toBe(false);
  });

  it("shows participation figures to the chair and the staff", () => {
    expect(mayReadParticipation([g("chair")], "g1")).toBe(true);
    expect(mayReadParticipation([g("chair")], null)).toBe(false);
    expect(mayReadParticipation([g("participant")], "g1")).toBe(false);
    expect(mayReadParticipation([everywhere("bureau_member")], null)).toBe(true);
    expect(isStaff([{ role: "secretariat", scope: "body:b1" } as never])).toBe(false);
  });
});
