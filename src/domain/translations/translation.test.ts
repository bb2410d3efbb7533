import { describe, expect, it } from "vitest";
import { can, type Principal } from "../authorization.js";
import { DomainError } from "../errors.js";
import { asId, type AccountId, type DiscussionGroupId } from "../ids.js";
import {
  TRANSLATION_STATUSES,
  TRANSLATION_STEPS,
  TRANSLATION_TRANSITIONS,
  awaitsTranslator,
  languagesToTranslate,
  median,
  nextTranslationStatus,
  readerStatus,
  sourceHash,
  takeTranslationStep,
  turnaround,
} from "./translation.js";

const EXPECTED: Record<string, string> = {
  "open/save": "drafted",
  "open/submit": "final",
  "open/source_changed": "open",
  "open/cancel": "cancelled",
  "drafted/save": "drafted",
  "drafted/submit": "final",
  "drafted/source_changed": "stale",
  "drafted/cancel": "cancelled",
  "final/source_changed": "stale",
  "final/reopen": "drafted",
  "final/cancel": "cancelled",
  "stale/save": "drafted",
  "stale/submit": "final",
  "stale/source_changed": "stale",
  "stale/cancel": "cancelled",
  "cancelled/source_changed": "open",
};

const person = (...roles: Principal["roles"][number]["role"][]): Principal => ({
  accountId: asId<AccountId>("a1"),
  roles: roles.map((role) => ({ role, scope: null })),
});

describe("the translation table", () => {
  it("allows exactly the expected steps from each status", () => {
    for (const from of TRANSLATION_STATUSES)
      for (const step of TRANSLATION_STEPS) expect(nextTranslationStatus(from, step)).toBe(EXPECTED[`${from}/${step}`] ?? null);
    expect(Object.keys(TRANSLATION_TRANSITIONS).sort()).toEqual([...TRANSLATION_STATUSES].sort());
  });

  it("refuses a step the table does not allow, naming the status", () => {
    expect(() => takeTranslationStep("final", "save")).toThrow(DomainError);
    expect(() => takeTranslationStep("cancelled", "submit")).toThrow(/cancelled; it cannot be submitted/);
    expect(takeTranslationStep("stale", "submit")).toBe("final");
  });

  it("shows readers only a final translation, and leaves the translator the open, drafted and stale ones", () => {
    expect(TRANSLATION_STATUSES.map(readerStatus)).toEqual(["missing", "draft", "final", "missing", "missing"]);
    expect(TRANSLATION_STATUSES.filter(awaitsTranslator)).toEqual(["open", "drafted", "stale"]);
  });
});

describe("what is translated and when it is done", () => {
  it("asks for every other language of the draft", () => {
    expect(languagesToTranslate(["en", "fr", "ar"], "ar")).toEqual(["en", "fr"]);
    expect(languagesToTranslate(["en"], "en")).toEqual([]);
  });

  it("tells wordings apart, in any script and Unicode form", () => {
    expect(sourceHash("يدعو البرلمانات")).toBe(sourceHash("يدعو البرلمانات"));
    expect(sourceHash("Calls upon parliaments")).not.toBe(sourceHash("Calls upon parliament"));
    expect(sourceHash("e\u0301")).toBe(sourceHash("\u00e9"));
  });

  it("measures from tabling to the last language, and waits while one is missing", () => {
    const tabledAt = "2021-11-26T10:00:00.000Z";
    expect(
      turnaround([
        { status: "final", tabledAt, doneAt: "2021-11-26T10:30:00.000Z" },
        { status: "final", tabledAt, doneAt: "2021-11-26T11:00:00.000Z" },
        { status: "cancelled", tabledAt, doneAt: null },
      ]),
    ).toBe(3_600_000);
    expect(turnaround([{ status: "stale", tabledAt, doneAt: "2021-11-26T10:30:00.000Z" }])).toBeNull();
    expect(turnaround([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(3);
    expect(median([])).toBeNull();
  });
});

describe("who translates", () => {
  it("gives translation to translators and the secretariat, assignment to the secretariat alone", () => {
    expect(can(person("translator"), { kind: "translate" })).toBe(true);
    expect(can(person("secretariat"), { kind: "translate" })).toBe(true);
    expect(can(person("participant"), { kind: "translate" })).toBe(false);
    expect(can(person("translator"), { kind: "assign_translations" })).toBe(false);
    expect(can(person("secretariat"), { kind: "assign_translations" })).toBe(true);
  });

  it("does not open a group's or a member's private drafts to a translator", () => {
    expect(can(person("translator"), { kind: "read_group_drafts", groupId: asId<DiscussionGroupId>("g1") })).toBe(false);
    expect(can(person("translator"), { kind: "read_private_drafts" })).toBe(false);
  });
});
