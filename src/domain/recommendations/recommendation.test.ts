import { describe, expect, it } from "vitest";
import { asId, type DiscussionGroupId } from "../ids.js";
import {
  applyRecommendation,
  newRecommendation,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_TRANSITIONS,
  type Recommendation,
  type RecommendationStatus,
  type RecommendationTransition,
} from "./recommendation.js";
import { recommendationProvenance, recommendationsIn } from "./provenance.js";

const STEPS: RecommendationTransition[] = [
  { type: "edit", texts: [{ questionId: null, text: "We recommend…", language: "en", contributions: [] }] },
  { type: "agree", decision: { method: "consensus" } },
  { type: "present" },
  { type: "adopt", adoptionId: "ad1" },
  { type: "not_adopt", adoptionId: "ad1" },
  { type: "reopen", reason: "a member asked to reconsider" },
];
const EXPECTED: Record<string, RecommendationStatus> = {
  "drafting/edit": "drafting",
  "drafting/agree": "agreed",
  "agreed/present": "presented",
  "agreed/reopen": "drafting",
  "presented/adopt": "adopted",
  "presented/not_adopt": "not_adopted",
  "presented/reopen": "drafting",
};
const at = (status: RecommendationStatus): Recommendation => ({ ...newRecommendation("r1", asId<DiscussionGroupId>("g1"), "d1"), status });

describe("recommendation transition table", () => {
  for (const status of RECOMMENDATION_STATUSES) {
    for (const step of STEPS) {
      const key = `${status}/${step.type}`;
      const to = EXPECTED[key];
      it(`${key} → ${to ?? "invalid_transition"}`, () => {
        if (to) expect(applyRecommendation(at(status), step).status).toBe(to);
        else
          expect(() => applyRecommendation(at(status), step)).toThrowError(
            expect.objectContaining({ code: "invalid_transition" }) as unknown as Error,
          );
      });
    }
  }

  it("lists exactly the expected transitions", () => {
    const listed = Object.entries(RECOMMENDATION_TRANSITIONS).flatMap(([from, row]) =>
      Object.entries(row).map(([t, to]) => [`${from}/${t}`, to]),
    );
    expect(Object.fromEntries(listed)).toEqual(EXPECTED);
  });
});

describe("recommendations", () => {
  it("records how the group agreed, and refuses a vote that was not carried", () => {
    const agreed = applyRecommendation(at("drafting"), {
      type: "agree",
      decision: { method: "show_of_hands", for: 9, against: 2, abstain: 1 },
    });
    expect(agreed.agreement).toEqual({ method: "show_of_hands", for: 9, against: 2, abstain: 1 });
    expect(() =>
      applyRecommendation(at("drafting"), { type: "agree", decision: { method: "show_of_hands", for: 2, against: 9, abstain: 0 } }),
    ).toThrowError(expect.objectContaining({ code: "validation_failed" }) as unknown as Error);
  });

  it("keeps each reopening with its reason and clears the agreement it undid", () => {
    const agreed = applyRecommendation(at("drafting"), { type: "agree", decision: { method: "consensus" } });
    const reopened = applyRecommendation(agreed, { type: "reopen", reason: "new contribution" });
    expect(reopened).toMatchObject({ status: "drafting", agreement: null, reopenings: [{ from: "agreed", reason: "new contribution" }] });
    expect(() => applyRecommendation(agreed, { type: "reopen", reason: "" })).toThrow();
  });

  it("writes and reads back the provenance of a body's amendment crediting two recommendations", () => {
    const p = recommendationProvenance(["r1", "r2", "r1"]);
    expect(p).toBe("recommendation:r1 recommendation:r2");
    expect(recommendationsIn(p)).toEqual(["r1", "r2"]);
    expect(recommendationsIn("Spain delegation")).toEqual([]);
    expect(recommendationsIn(null)).toEqual([]);
  });
});
