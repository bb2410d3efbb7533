import { describe, expect, it } from "vitest";
import { parseAgeBand, parseGender, parseLanguages, parseRole } from "./columns.js";
import { parseCsv } from "./csv.js";
import { personKey, validateParticipantRows, type Existing } from "./rows.js";

const none: Existing = { emails: new Set(), people: new Set(), delegations: new Map() };
const check = (text: string, existing: Existing = none) => validateParticipantRows(parseCsv(text), existing, 2021);
const HEADER = "name,parliament,gender,birth year,languages,email,role,delegation";

describe("participant rows", () => {
  it("reads a valid file in every supported spelling", () => {
    const report = check(
      `${HEADER}\n` +
        `Ana García,Spain,woman,1980,"en; es",Ana@Example.org,,\n` +
        `Karim Haddad,Lebanon,M,,"Arabic, French",,,Lebanese Group\n`,
    );
    expect(report.problems).toEqual([]);
    expect(report.valid).toEqual([
      {
        row: 2,
        name: "Ana García",
        parliament: "Spain",
        gender: "woman",
        birthYear: 1980,
        ageBand: null,
        languages: ["en", "es"],
        email: "ana@example.org",
        role: "participant",
        delegation: "Spain",
      },
      {
        row: 3,
        name: "Karim Haddad",
        parliament: "Lebanon",
        gender: "man",
        birthYear: null,
        ageBand: null,
        languages: ["ar", "fr"],
        email: null,
        role: "participant",
        delegation: "Lebanese Group",
      },
    ]);
  });

  it("reports every problem with its row and column, and keeps the valid rows apart", () => {
    const report = check(
      `${HEADER}\n` +
        `,Spain,woman,1980,en,a@example.org,,\n` +
        `Bea,Spain,robot,3000,de,not-an-email,speaker,\n` +
        `Carla,France,woman,,fr,c@example.org,bureau member,\n`,
    );
    expect(report.rows).toBe(3);
    expect(report.valid.map((v) => v.row)).toEqual([4]);
    expect(report.valid[0]!.role).toBe("bureau_member");
    expect(report.problems).toMatchObject([
      { row: 2, column: "name", problem: "empty" },
      { row: 3, column: "gender", problem: expect.stringMatching(/"robot" is not a gender/) },
      { row: 3, column: "birth year", problem: expect.stringMatching(/between 1900 and 2021/) },
      { row: 3, column: "languages", problem: expect.stringMatching(/^de: not a working language/) },
      { row: 3, column: "email", problem: '"not-an-email" is not an email address' },
      { row: 3, column: "role", problem: expect.stringMatching(/"speaker" is not a role/) },
    ]);
  });

  it("finds duplicate emails and people within the file and against what exists", () => {
    const existing: Existing = {
      emails: new Set(["old@example.org"]),
      people: new Set([personKey("Dana", "Chile")]),
      delegations: new Map(),
    };
    const report = check(
      `${HEADER}\nA,Spain,woman,,,x@example.org,,\nB,Spain,woman,,,X@example.org,,\nC,Peru,man,,,old@example.org,,\n` +
        `dana ,chile,woman,,,,,\nA,SPAIN,woman,,,,,\n`,
      existing,
    );
    expect(report.problems).toMatchObject([
      { row: 3, column: "email", problem: "the same email as row 2" },
      { row: 4, column: "email", problem: "an account with this email already exists" },
      { row: 5, column: "name", problem: "dana (chile) is already a participant of this event" },
      { row: 6, column: "name", problem: "the same person as row 2" },
    ]);
  });

  it("keeps each delegation to one parliament", () => {
    const existing: Existing = { ...none, delegations: new Map([["ipu group", "Chile"]]) };
    const report = check(`${HEADER}\nA,Spain,woman,,,,,Iberia\nB,Portugal,man,,,,,Iberia\nC,Peru,man,,,,,IPU group\n`, existing);
    expect(report.problems.map((p) => [p.row, p.problem])).toEqual([
      [3, "the delegation Iberia belongs to Spain, not Portugal"],
      [4, "the delegation IPU group belongs to Chile, not Peru"],
    ]);
  });

  it("asks for an email for roles that must sign in, and for fields to line up", () => {
    const report = check(`${HEADER}\nA,Spain,woman,,,,observer,\nB,Spain,man,,,,,,surplus\n`);
    expect(report.problems).toMatchObject([
      { row: 2, column: "email", problem: "an observer needs an email to sign in" },
      { row: 3, column: null, problem: expect.stringMatching(/9 fields where the header has 8/) },
    ]);
  });

  it("refuses an empty file, a header without rows, and missing or unknown columns", () => {
    expect(() => check("")).toThrow(/file is empty/);
    expect(() => check(`${HEADER}\n`)).toThrow(/no participant rows/);
    try {
      check("name,emial,gender\nA,a@b.c,woman");
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: "validation_failed",
        issues: [
          { path: "csv:1:emial", message: expect.stringMatching(/unknown column/) },
          { path: "csv:1:parliament", message: "missing column" },
        ],
      });
    }
  });

  it("takes a birth year or an age band in the age column", () => {
    const report = check(
      "name,country,gender,age\nA,Spain,woman,1990\nB,Spain,woman,under 45\nC,Spain,woman,60 and over\nD,Spain,man,45–59\nE,Spain,man,old\n",
    );
    expect(report.valid.map((v) => [v.birthYear, v.ageBand])).toEqual([
      [1990, null],
      [null, "<45"],
      [null, "60+"],
      [null, "45-59"],
    ]);
    expect(report.problems).toMatchObject([{ row: 6, column: "age", problem: expect.stringMatching(/not an age band/) }]);
  });
});

describe("cell readers", () => {
  it("read genders, languages, roles and bands in the working languages", () => {
    expect(["femme", "Mujer", "امرأة", "", "X", "?"].map(parseGender)).toEqual(["woman", "woman", "woman", "undisclosed", "other", null]);
    expect(parseLanguages("en/AR, english")).toEqual({ languages: ["en", "ar"], unknown: [] });
    expect(["", "Observer", "bureau", "secretariat"].map(parseRole)).toEqual(["participant", "observer", "bureau_member", null]);
    expect(["<45", "18 - 29", "59-45", "45"].map(parseAgeBand)).toEqual(["<45", "18-29", null, null]);
  });
});
