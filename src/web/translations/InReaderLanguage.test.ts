import { describe, expect, it } from "vitest";
import { byAmendment } from "./InReaderLanguage.js";

const item = (sourceId: string, part: string, status: "missing" | "draft" | "final") => ({
  sourceKind: "amendment" as const,
  sourceId,
  part,
  sourceLanguage: "fr" as const,
  status,
  text: null,
  changes: null,
});
const turnaround = (sourceId: string, milliseconds: number | null) => ({
  sourceKind: "amendment" as const,
  sourceId,
  tabledAt: "2026-12-01T10:00:00.000Z",
  milliseconds,
});

describe("byAmendment", () => {
  it("finds each amendment's wording translation, not its justification's, and the first when listed twice", () => {
    const { wordings } = byAmendment({
      language: "en",
      items: [
        item("A1", "justification", "final"),
        item("A1", "wording", "draft"),
        item("A2", "wording", "final"),
        item("A1", "wording", "final"),
      ],
      turnarounds: [],
    });
    expect(wordings?.get("A1")?.status).toBe("draft");
    expect(wordings?.get("A2")?.status).toBe("final");
    expect(wordings?.get("A3")).toBeUndefined();
  });

  it("finds each amendment's turnaround, the first when listed twice", () => {
    const { turnarounds } = byAmendment({
      language: "en",
      items: [],
      turnarounds: [turnaround("A1", 60_000), turnaround("A1", 5), turnaround("A2", null)],
    });
    expect(turnarounds?.get("A1")?.milliseconds).toBe(60_000);
    expect(turnarounds?.get("A2")?.milliseconds).toBeNull();
  });
});
