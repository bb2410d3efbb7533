import { describe, expect, it } from "vitest";
import type { DraftStage } from "../model.js";
import { amendment, draftOf, pid } from "../text/test-factories.js";
import { compileAmendments } from "./compilation.js";
import { DRAFT_STAGE_TRANSITIONS, nextDraftStage, type DraftStageTransition } from "./draft-stage.js";

const EXPECTED: Record<string, DraftStage> = { "draft/revise": "revised", "revised/revise": "revised", "revised/adopt": "adopted" };

describe("draft stage transition table", () => {
  for (const from of ["draft", "revised", "adopted"] as const) {
    for (const step of ["revise", "adopt"] as DraftStageTransition[]) {
      const key = `${from}/${step}`;
      const to = EXPECTED[key];
      it(`${key} → ${to ?? "invalid_transition"}`, () => {
        if (to) expect(nextDraftStage(from, step)).toBe(to);
        else
          expect(() => nextDraftStage(from, step)).toThrowError(
            expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
          );
      });
    }
  }

  it("lists exactly the expected transitions", () => {
    const listed = Object.entries(DRAFT_STAGE_TRANSITIONS).flatMap(([from, row]) =>
      Object.entries(row).map(([t, to]) => [`${from}/${t}`, to]),
    );
    expect(Object.fromEntries(listed)).toEqual(EXPECTED);
  });
});

describe("the committee's compiled list", () => {
  const draft = draftOf([
    ["preambular", "Recalling the Convention,"],
    ["operative", "Calls upon parliaments to act;"],
    ["operative", "Urges governments to legislate;"],
  ]);
  const n = (number: number, id: string, fields: Parameters<typeof amendment>[1]) => ({
    number,
    amendment: amendment(id, { status: "submitted", ...fields }),
  });

  it("orders places as the text reads, shows identical wordings once with all authors, leaves drafts out", () => {
    const list = compileAmendments(draft, [
      n(1, "a1", { action: "amend", target: pid("p3"), text: "Urges governments to act;", author: "Spain" }),
      n(2, "a2", {
        action: "amend",
        target: pid("p2"),
        text: "Calls upon all parliaments to act;",
        author: "Forum of Women Parliamentarians",
        coSponsors: ["Mexico"],
      }),
      n(3, "a3", { action: "amend", target: pid("p3"), text: "Urges  governments to act; ", author: "Kenya" }),
      n(4, "a4", { action: "delete", target: pid("p3"), author: "France", status: "withdrawn" }),
      n(5, "a5", { action: "insert", after: pid("p2"), kind: "operative", text: "Invites the IPU;", author: "Spain" }),
      n(6, "a6", { action: "amend", target: pid("p1"), text: "Recalling,", author: "Chile", status: "draft" }),
    ]);
    expect(list.map((p) => p.label)).toEqual(["OP1", "new paragraph after OP1", "OP2"]);
    const op2 = list[2]!;
    expect(op2.wordings).toHaveLength(2);
    expect(op2.wordings[0]).toMatchObject({ authors: ["Spain", "Kenya"], text: "Urges governments to act;" });
    expect(op2.wordings[0]!.amendments.map((a) => a.number)).toEqual([1, 3]);
    expect(op2.wordings[1]).toMatchObject({ action: "delete", text: null, amendments: [{ status: "withdrawn" }] });
    expect(list[0]!.wordings[0]!.authors).toEqual(["Forum of Women Parliamentarians", "Mexico"]);
  });
});
