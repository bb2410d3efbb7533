import { describe, expect, it } from "vitest";
import { PUBLICATION_TRANSITIONS, publicationStep } from "./publication.js";

describe("publication workflow", () => {
  it("publishes what is unpublished and withdraws what is published, nothing else", () => {
    expect(PUBLICATION_TRANSITIONS).toEqual({ unpublished: { publish: "published" }, published: { withdraw: "unpublished" } });
    expect(publicationStep(false, true, null)).toEqual({ step: "publish", reason: null });
    expect(publicationStep(false, true, " Corrected ")).toEqual({ step: "publish", reason: "Corrected" });
    expect(publicationStep(true, false, "A wrong date")).toEqual({ step: "withdraw", reason: "A wrong date" });
    expect(publicationStep(true, true, null)).toBeNull();
  });

  it("refuses to withdraw from publication without saying why", () => {
    expect(() => publicationStep(true, false, null)).toThrow(/withdrawn from publication/);
    expect(() => publicationStep(true, false, "  ")).toThrow(expect.objectContaining({ code: "validation_failed" }) as unknown as Error);
  });
});
