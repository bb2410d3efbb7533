import { describe, expect, it } from "vitest";
import type { DomainError } from "../errors.js";
import { checkParticipantFields, participantTemplateCsv, type ParticipantFields } from "./access.js";
import { parseCsv } from "./csv.js";
import { validateParticipantRows } from "./rows.js";

const base: ParticipantFields = {
  name: "Ana García",
  parliament: "Spain",
  delegation: "",
  email: "Ana@Example.org ",
  gender: "woman",
  birthYear: null,
  ageBand: "under 45",
  languages: ["es", "es", "en"],
  roles: [],
};
const context = { currentYear: 2026, bodies: new Set(["b1"]) };
const problems = (f: Partial<ParticipantFields>) => {
  try {
    checkParticipantFields({ ...base, ...f }, context);
    return [];
  } catch (e) {
    return (e as DomainError).issues.map((i) => i.path);
  }
};

describe("a participant's fields as the secretariat enters them", () => {
  it("normalises the email, the age band, the delegation and repeated languages and roles", () => {
    const role = { role: "presiding_officer" as const, scope: "body:b1" };
    expect(checkParticipantFields({ ...base, roles: [role, role] }, context)).toMatchObject({
      email: "ana@example.org",
      ageBand: "<45",
      delegation: "Spain",
      languages: ["es", "en"],
      roles: [role],
    });
  });

  it("names each wrong field: roles given elsewhere, a body of another event, an event-wide role with a scope", () => {
    expect(problems({ name: " ", email: "nope", birthYear: 2030, ageBand: "young" })).toEqual(["name", "email", "birthYear", "ageBand"]);
    expect(problems({ roles: [{ role: "chair", scope: "group:g" }] })).toEqual(["roles.0"]);
    expect(problems({ roles: [{ role: "secretariat", scope: null }] })).toEqual(["roles.0"]);
    expect(problems({ roles: [{ role: "presiding_officer", scope: "body:b2" }] })).toEqual(["roles.0"]);
    expect(problems({ roles: [{ role: "observer", scope: "body:b1" }] })).toEqual(["roles.0"]);
    expect(problems({ email: null, roles: [{ role: "translator", scope: null }] })).toEqual(["email"]);
    expect(problems({ email: null, roles: [{ role: "participant", scope: null }] })).toEqual([]);
  });
});

describe("the import template", () => {
  it("is an importable header whose comment lines the import skips, one row added", () => {
    const filled = `${participantTemplateCsv()}Mia Berg,Norway,,femme,,60 and over,Français; en,mia@example.org,observer\r\n`;
    const report = validateParticipantRows(parseCsv(filled), { emails: new Set(), people: new Set(), delegations: new Map() }, 2026);
    expect(report.problems).toEqual([]);
    expect(report.valid).toEqual([
      expect.objectContaining({ name: "Mia Berg", gender: "woman", ageBand: "60+", languages: ["fr", "en"], role: "observer" }),
    ]);
  });
});
