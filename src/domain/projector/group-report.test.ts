import { describe, expect, it } from "vitest";
import { multilingual } from "../multilingual.js";
import { DomainError } from "../errors.js";
import { contributorCounts, reportPageAt, reportPages, reportSections, reportVotes, type GroupReportContent } from "./group-report.js";
import { applyProjectorStep, slideProblems } from "./queue.js";
import { initialProjection, MAX_REPORT_PAGE, slideReference } from "./slides.js";
import { asId, type DiscussionGroupId } from "../ids.js";

const q1 = { id: "q1", text: multilingual("en", { en: "How can legislation protect children online?" }) };
const q2 = { id: "q2", text: multilingual("en", { en: "What role for parliaments?" }) };
const text = (questionId: string | null, language: "en" | "ar", t: string) => ({ questionId, language, text: t, contributions: [] });

const report = (over: Partial<GroupReportContent> = {}): GroupReportContent => ({
  presented: true,
  recommendations: [
    {
      id: "r1",
      draftSymbol: "C-III/143/DR",
      status: "presented",
      sections: reportSections([text("q1", "en", "Criminalize grooming."), text(null, "en", "General.")], [q1, q2]),
    },
  ],
  contributors: [{ delegation: "Spain", contributions: 2, turns: 1 }],
  votes: [{ recommendationId: "r1", draftSymbol: "C-III/143/DR", method: "electronic", round: 1, counts: null, carried: true }],
  ...over,
});

describe("a group's report on a hall screen", () => {
  it("pages through the cover, each question of each recommendation, who contributed and the votes", () => {
    expect(reportPages(report())).toEqual([
      { part: "cover" },
      { part: "recommendation", recommendation: 0, section: 0 },
      { part: "recommendation", recommendation: 0, section: 1 },
      { part: "contributors" },
      { part: "votes" },
    ]);
    expect(reportPages(report({ contributors: [], votes: [] })).map((p) => p.part)).toEqual(["cover", "recommendation", "recommendation"]);
  });

  it("shows only its cover until one of its recommendations is presented", () => {
    expect(reportPages(report({ presented: false }))).toEqual([{ part: "cover" }]);
  });

  it("shows the last page past the end and the first before it", () => {
    const pages = reportPages(report());
    expect(reportPageAt(pages, 99)).toEqual({ page: { part: "votes" }, index: 4 });
    expect(reportPageAt(pages, -1).index).toBe(0);
    expect(reportPageAt([], 3).page).toEqual({ part: "cover" });
  });

  it("groups a recommendation's texts by question: general first, then the questions in order, skipping empty ones", () => {
    const sections = reportSections(
      [text("q2", "en", "Oversight."), text("q2", "ar", "الرقابة."), text("q1", "en", "  "), text(null, "en", "General.")],
      [q1, q2],
    );
    expect(sections.map((s) => [s.questionId, s.versions.map((v) => v.language)])).toEqual([
      [null, ["en"]],
      ["q2", ["en", "ar"]],
    ]);
  });

  it("counts every closed round of a vote, never an open one, and the agreement when no vote was held", () => {
    const r = { id: "r1", draftSymbol: "DR", agreement: { method: "consensus" } as const };
    const closed = {
      kind: "show_of_hands" as const,
      status: "closed" as const,
      round: 2,
      counts: { for: 9, against: 2, abstain: 1 },
      history: [{ round: 1, counts: { for: 3, against: 4, abstain: 0 }, reopenedBecause: "Miscounted" }],
    };
    expect(reportVotes(r, [closed]).map((v) => [v.round, v.carried])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(reportVotes(r, [{ ...closed, status: "open", counts: null, history: [] }])).toEqual([
      { recommendationId: "r1", draftSymbol: "DR", method: "consensus", round: 1, counts: null, carried: true },
    ]);
    expect(reportVotes({ ...r, agreement: null }, [])).toEqual([]);
  });

  it("counts contributions and turns by delegation, most active first", () => {
    expect(
      contributorCounts(
        [{ delegation: "Spain" }, { delegation: "Egypt" }, { delegation: "Egypt" }, { delegation: " " }],
        [{ delegation: "Spain" }, { delegation: "Kenya" }],
      ),
    ).toEqual([
      { delegation: "Egypt", contributions: 2, turns: 0 },
      { delegation: "Spain", contributions: 1, turns: 1 },
      { delegation: "Kenya", contributions: 0, turns: 1 },
    ]);
  });

  it("is a slide that names its group and a page in range", () => {
    const slide = { kind: "group_report", groupId: asId<DiscussionGroupId>("g1"), page: 2 } as const;
    expect(slideReference(slide)).toEqual([{ what: "group", id: "g1" }]);
    expect(slideProblems(slide)).toEqual([]);
    expect(slideProblems({ ...slide, page: MAX_REPORT_PAGE + 1 })).toHaveLength(1);
    expect(slideProblems({ ...slide, page: 1.5 })).toHaveLength(1);
    const shown = applyProjectorStep(initialProjection("2021-11-26T10:30:00.000Z"), { type: "show", slide }, "2021-11-26T10:31:00.000Z");
    expect(shown.current).toEqual(slide);
    expect(() => applyProjectorStep(shown, { type: "show", slide: { ...slide, page: -1 } }, "2021-11-26T10:32:00.000Z")).toThrow(
      DomainError,
    );
  });
});
