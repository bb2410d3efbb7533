import { describe, expect, it } from "vitest";
import { absoluteLink } from "./api.js";
import { methodOf } from "./DesignateForm.js";
import { groupPayload } from "./GroupForm.js";
import { moved } from "./GuidingQuestions.js";
import { problemsOf } from "./ImportReportView.js";
import { blankMl, editorLanguages, isBlank, statusIn, textFor, withOriginal, withStatus, withText } from "./ml.js";
import { parseSetupRoute, setupPaths } from "./paths.js";
import { describeChange } from "./RevisionHistory.js";
import { changedFields, errorAt, fieldErrorsOf, unclaimedErrors } from "./values.js";

describe("multilingual editing", () => {
  it("writes, marks and empties one language at a time", () => {
    let text = blankMl("en");
    expect(statusIn(text, "en")).toBe("missing");
    text = withText(text, "en", "Hall Madrid");
    text = withText(text, "ar", "قاعة مدريد");
    expect(statusIn(text, "ar")).toBe("final");
    text = withStatus(text, "ar", "draft");
    expect(withText(text, "ar", "قاعة مدريد 2").versions.ar).toEqual({ text: "قاعة مدريد 2", status: "draft" });
    expect(statusIn(withText(text, "ar", ""), "ar")).toBe("missing");
    expect(withStatus(text, "fr", "final")).toBe(text);
    expect(withOriginal(text, "ar").original).toBe("ar");
    expect(isBlank(blankMl("fr"))).toBe(true);
    expect(isBlank(text)).toBe(false);
  });

  it("shows the working languages, then any other the text has, and the original always", () => {
    const text = withText(blankMl("es"), "es", "Sala");
    expect(editorLanguages(text, ["en", "ar"])).toEqual(["en", "ar", "es"]);
    expect(editorLanguages(blankMl("fr"), ["en"])).toEqual(["en", "fr"]);
    expect(textFor(text, "en")).toBe("Sala");
    expect(textFor(withText(text, "en", "Hall"), "en")).toBe("Hall");
    expect(textFor(null, "en")).toBe("");
  });
});

describe("form values and errors", () => {
  it("sends only what changed", () => {
    expect(changedFields({ a: 1, b: { x: 1 }, c: "s" }, { a: 1, b: { x: 2 }, c: "s" })).toEqual({ b: { x: 2 } });
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({});
  });

  it("puts each issue beside its field, parts included, and the rest at the top", () => {
    const errors = fieldErrorsOf([
      { path: "body.timeZone", message: "unknown time zone" },
      { path: "body.venue.versions", message: "the original language must have a version" },
      { path: "body.room.hall.versions", message: "empty" },
      { path: "body", message: "unknown key colour" },
    ]);
    expect(errorAt(errors, "timeZone")).toBe("unknown time zone");
    expect(errorAt(errors, "venue")).toBe("the original language must have a version");
    expect(errorAt(errors, "room.hall")).toBe("empty");
    expect(errorAt(errors, "room.floor")).toBeUndefined();
    expect(errorAt(errors, "time")).toBeUndefined();
    expect(unclaimedErrors(errors, ["timeZone", "venue", "room"])).toEqual(["unknown key colour"]);
  });

  it("sends the room whole when any part of it changed, and a blank description as none", () => {
    const all = {
      number: 1,
      title: blankMl("en"),
      description: blankMl("en"),
      hall: withText(blankMl("en"), "en", "Madrid"),
      floor: blankMl("en"),
      building: blankMl("en"),
      capacity: 40,
    };
    expect(groupPayload({ capacity: 40 }, all)).toEqual({
      room: { hall: all.hall, floor: all.floor, building: all.building, capacity: 40 },
    });
    expect(groupPayload({ number: 2, description: blankMl("en") }, all)).toEqual({ number: 2, description: [] });
  });
});

describe("set-up helpers", () => {
  it("moves a guiding question up or down, never past either end", () => {
    expect(moved(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moved(["a", "b"], 1, 1)).toEqual(["a", "b"]);
  });

  it("puts this site's address in front of a relative invitation link only", () => {
    expect(absoluteLink("/sign-in/link?token=x", "http://localhost:3000")).toBe("http://localhost:3000/sign-in/link?token=x");
    expect(absoluteLink("https://r.example/sign-in/link?token=x", "http://localhost:3000")).toBe("https://r.example/sign-in/link?token=x");
  });

  it("reads an import's problems from the report, else from the issues", () => {
    const listed = [{ row: 3, column: "gender", problem: "not a gender" }];
    expect(problemsOf({ problems: listed }, [])).toEqual(listed);
    expect(
      problemsOf(undefined, [
        { path: "csv:1:emial", message: "unknown column" },
        { path: "csv", message: "empty file" },
      ]),
    ).toMatchObject([
      { row: 1, column: "emial", problem: "unknown column" },
      { row: 0, column: null, problem: "empty file" },
    ]);
  });

  it("names changed fields and their language", () => {
    const name = (f: string) => f.toUpperCase();
    expect(describeChange("venue.versions.en.text", name, (c) => `lang-${c}`)).toBe("VENUE (lang-en)");
    expect(describeChange("startTime", name, (c) => c)).toBe("STARTTIME");
  });

  it("gives counts only to a vote", () => {
    expect(methodOf("consensus", { for: 3, against: 0, abstain: 0 })).toEqual({ kind: "consensus" });
    expect(methodOf("show_of_hands", { for: 3, against: 1, abstain: 2 })).toEqual({
      kind: "show_of_hands",
      for: 3,
      against: 1,
      abstain: 2,
    });
  });

  it("reads the set-up addresses back into routes", () => {
    expect(parseSetupRoute(["setup"])).toEqual({ page: "setup" });
    expect(parseSetupRoute(setupPaths.event("e 1").split("/").filter(Boolean))).toEqual({ page: "setupEvent", id: "e 1" });
    expect(parseSetupRoute(setupPaths.participants("e1").split("/").filter(Boolean))).toEqual({ page: "setupParticipants", id: "e1" });
    expect(parseSetupRoute(setupPaths.group("e1", "g1").split("/").filter(Boolean))).toEqual({
      page: "setupGroup",
      id: "e1",
      groupId: "g1",
    });
    expect(parseSetupRoute(["setup", "events"])).toBeNull();
    expect(parseSetupRoute(["setup", "events", "e1", "other"])).toBeNull();
    expect(parseSetupRoute(["events", "e1"])).toBeNull();
  });
});
