import { GENDERS } from "../model.js";
import type { RoleAssignment } from "../authorization.js";
import { DomainError } from "../errors.js";
import { isLanguage, LANGUAGES, type Language } from "../language.js";
import type { Gender } from "../model.js";
import { IMPORT_ROLES, parseAgeBand, parseEmail } from "./columns.js";

/**
 * The roles the secretariat gives a participant from the participants screen. A presiding officer presides
 * over one body (`body:ID`); the others hold event-wide. Chairs and rapporteurs of groups are designated by
 * their body (the designations workflow) and the secretariat account is made on the command line: an edit
 * here leaves those roles as they are.
 */
export const ASSIGNABLE_ROLES = ["participant", "observer", "bureau_member", "translator", "presiding_officer"] as const;
/** The assignable roles held event-wide: all but the presiding officer, who presides over one body. */
export const EVENT_WIDE_ROLES = ASSIGNABLE_ROLES.filter(
  (r): r is Exclude<AssignableRole, "presiding_officer"> => r !== "presiding_officer",
);
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export const isAssignable = (r: RoleAssignment): boolean => (ASSIGNABLE_ROLES as readonly string[]).includes(r.role);

/** The age bands IPU counts by; a birth year may be given instead. */
export const AGE_BANDS = ["<30", "30-44", "<45", "45-59", "60+"] as const;

/** A participant as the secretariat enters or edits one. */
export interface ParticipantFields {
  readonly name: string;
  readonly parliament: string;
  /** The delegation's name; the parliament's name when empty. */
  readonly delegation: string;
  readonly email: string | null;
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly ageBand: string | null;
  /** Working languages, the first the one the person is written to in. */
  readonly languages: readonly Language[];
  readonly roles: readonly RoleAssignment[];
}

const LIMIT = 200;

/**
 * Checks and normalises a participant's fields, reporting every problem with the field it concerns.
 * `bodies` are the event's bodies, which a presiding officer's scope must name.
 */
export const checkParticipantFields = (
  input: ParticipantFields,
  context: { readonly currentYear: number; readonly bodies: ReadonlySet<string> },
): ParticipantFields => {
  const issues: { path: string; message: string }[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });
  const name = input.name.trim().replace(/\s+/g, " ");
  if (name === "") fail("name", "empty");
  else if (name.length > LIMIT) fail("name", `longer than ${LIMIT} characters`);
  const parliament = input.parliament.trim().replace(/\s+/g, " ");
  if (parliament === "") fail("parliament", "empty");
  else if (parliament.length > LIMIT) fail("parliament", `longer than ${LIMIT} characters`);
  const delegation = input.delegation.trim().replace(/\s+/g, " ") || parliament;
  if (delegation.length > LIMIT) fail("delegation", `longer than ${LIMIT} characters`);
  let email: string | null = null;
  if (input.email !== null && input.email.trim() !== "") {
    email = parseEmail(input.email);
    if (email === null) fail("email", "not an email address");
  }
  if (!(GENDERS as readonly string[]).includes(input.gender)) fail("gender", `not one of ${GENDERS.join(", ")}`);
  if (input.birthYear !== null && !(Number.isInteger(input.birthYear) && input.birthYear >= 1900 && input.birthYear <= context.currentYear))
    fail("birthYear", `not a birth year between 1900 and ${context.currentYear}`);
  let ageBand: string | null = null;
  if (input.ageBand !== null && input.ageBand.trim() !== "") {
    ageBand = parseAgeBand(input.ageBand);
    if (ageBand === null) fail("ageBand", "not an age band; write e.g. <45, 45-59 or 60+");
  }
  if (input.languages.some((l) => !isLanguage(l))) fail("languages", `only ${LANGUAGES.join(", ")}`);
  const languages = [...new Set(input.languages)];
  const roles: RoleAssignment[] = [];
  input.roles.forEach((r, i) => {
    if (!isAssignable(r)) return fail(`roles.${i}`, `${r.role} is not given here; the roles are ${ASSIGNABLE_ROLES.join(", ")}`);
    if (r.role === "presiding_officer") {
      const bodyId = r.scope?.startsWith("body:") ? r.scope.slice(5) : "";
      if (!context.bodies.has(bodyId)) return fail(`roles.${i}`, "a presiding officer presides over a body of this event");
    } else if (r.scope !== null) return fail(`roles.${i}`, `${r.role} is held for the whole event`);
    if (!roles.some((x) => x.role === r.role && x.scope === r.scope)) roles.push({ role: r.role, scope: r.scope });
  });
  if (email === null && roles.some((r) => r.role !== "participant")) fail("email", "a person with a role needs an email to sign in");
  if (issues.length > 0) throw new DomainError("validation_failed", "Some fields of the participant are not right", issues);
  return { name, parliament, delegation, email, gender: input.gender, birthYear: input.birthYear, ageBand, languages, roles };
};

/** The import template: the header, one example row, then comment lines naming the accepted values. */
export const participantTemplateCsv = (): string =>
  [
    "name,parliament,delegation,gender,birth_year,age_band,languages,email,role",
    "# Lines starting with # are not imported. One row per person; required: name, parliament, gender.",
    "# For example: Ana García,Spain,Spain,woman,1980,,en; es,ana.garcia@example.org,participant",
    "# Give a birth year or an age band.",
    `# gender: ${GENDERS.join(" | ")} (also female, male, femme, homme, mujer, hombre, امرأة, رجل; empty: undisclosed)`,
    `# age_band: ${AGE_BANDS.join(" | ")} (or "under 45", "60 and over")`,
    `# languages: ${LANGUAGES.join(" | ")} (several separated by ";", the first the one mail and access slips are written in)`,
    `# role: ${IMPORT_ROLES.join(" | ")} (empty: participant; a role other than participant needs an email)`,
    "# presiding officer, translator, chair and rapporteur are given afterwards on the participants screen and by designation",
    "# delegation: empty means the parliament's name",
  ].join("\r\n") + "\r\n";
