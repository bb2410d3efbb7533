import { describe, expect, it } from "vitest";
import { asId, type AmendmentId, type ParagraphId } from "../ids.js";
import type { Amendment } from "../text/amendment.js";
import { planBodySet, resolveBodySet, targetOfPlace, type GroupProposal } from "./body-set.js";

const proposal = (id: string, recommendationId: string, fields: Partial<Amendment>): GroupProposal => ({
  recommendationId,
  amendment: { id: asId<AmendmentId>(id), action: "amend", language: "en", status: "draft", ...fields },
});
const OP1 = asId<ParagraphId>("op1");
const OP3 = asId<ParagraphId>("op3");

describe("the body's set of amendments from two groups' proposals", () => {
  const proposals = [
    proposal("g1-a", "r1", { target: OP1, text: "Calls upon parliaments to  act;" }),
    proposal("g2-a", "r2", { target: OP1, text: "Calls upon parliaments to act;" }),
    proposal("g1-b", "r1", { target: OP3, text: "Urges governments to legislate;" }),
    proposal("g2-b", "r2", { target: OP3, action: "delete", text: null }),
    proposal("g1-c", "r1", { action: "insert", after: OP3, kind: "operative", text: "Invites the IPU to report;" }),
    proposal("g2-c", "r2", { action: "insert", after: OP3, kind: "operative", text: "Encourages youth participation;" }),
  ];

  it("merges identical wordings (whitespace aside), flags different ones on one paragraph, keeps distinct new paragraphs", () => {
    const plan = planBodySet(proposals);
    expect(plan.find((p) => p.key === "paragraph:op1")).toMatchObject({ conflict: false });
    expect(plan.find((p) => p.key === "paragraph:op1")!.options[0]).toHaveLength(2);
    expect(plan.find((p) => p.key === "paragraph:op3")).toMatchObject({ conflict: true });
    expect(plan.filter((p) => p.key.startsWith("insert:")).every((p) => !p.conflict)).toBe(true);
  });

  it("refuses to adopt while a conflict is unresolved, naming the place", () => {
    expect(() => resolveBodySet(planBodySet(proposals), {})).toThrowError(
      expect.objectContaining({
        code: "validation_failed",
        issues: [expect.objectContaining({ path: "resolutions.paragraph:op3" })],
      }) as unknown as Error,
    );
  });

  it("credits both groups for a merge, records a choice and a compromise", () => {
    const plan = planBodySet(proposals);
    const chosen = resolveBodySet(plan, { "paragraph:op3": { choose: asId<AmendmentId>("g2-b") } });
    const op1 = chosen.amendments.find((a) => a.key === "paragraph:op1")!;
    expect(op1.how).toBe("merged");
    expect(op1.sources.map((s) => s.recommendationId)).toEqual(["r1", "r2"]);
    expect(chosen.amendments.find((a) => a.key === "paragraph:op3")).toMatchObject({ how: "chosen", action: "delete" });
    expect(chosen.outcomes.find((o) => o.amendmentId === "g1-b")?.became).toBe("not_chosen");
    expect(chosen.amendments).toHaveLength(4);

    const compromise = resolveBodySet(plan, { "paragraph:op3": { compromise: "Urges governments to review their laws;", language: "en" } });
    const op3 = compromise.amendments.find((a) => a.key === "paragraph:op3")!;
    expect(op3).toMatchObject({ how: "compromise", action: "amend", text: "Urges governments to review their laws;" });
    expect(op3.sources.map((s) => s.recommendationId)).toEqual(["r1", "r2"]);
  });

  it("refuses a resolution where there is no conflict, or a choice that is not an option", () => {
    const plan = planBodySet(proposals);
    expect(() => resolveBodySet(plan, { "paragraph:op3": { choose: asId<AmendmentId>("g1-c") } })).toThrow(/not proposed/);
    expect(() =>
      resolveBodySet(plan, {
        "paragraph:op3": { choose: asId<AmendmentId>("g1-b") },
        "paragraph:op1": { choose: asId<AmendmentId>("g1-a") },
      }),
    ).toThrow(/No conflict/);
  });
});

describe("a place's target", () => {
  it.each([
    ["paragraph:p3", "p3"],
    ["title", "title"],
    ["insert:p3:en:Invites the IPU to report;", "after:p3"],
    ["insert:first-preambular:en:Recalling the Convention,", "first:preambular"],
  ])("%s is %s", (key, target) => expect(targetOfPlace(key)).toBe(target));
});
