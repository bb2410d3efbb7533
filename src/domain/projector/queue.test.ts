import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import { applyProjectorStep, countdownEnd, nextSlide, slideProblems } from "./queue.js";
import { initialProjection, MAX_QUEUE, slideReference, type Projection } from "./slides.js";

const T0 = "2021-11-26T10:30:00.000Z";
const T1 = "2021-11-26T10:45:00.000Z";
const coffee = { kind: "message", text: "Coffee break until 12:15" } as const;
const vote = { kind: "vote", voteId: "v1" } as const;

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : "other";
  }
  return undefined;
};

describe("a hall screen's projection", () => {
  it("starts on the speakers list with nothing prepared", () => {
    expect(initialProjection(T0)).toEqual({ current: { kind: "speakers" }, shownAt: T0, queue: [] });
  });

  it("shows a slide at once, from the moment it is shown", () => {
    const p = applyProjectorStep(initialProjection(T0), { type: "show", slide: coffee }, T1);
    expect(p).toEqual({ current: coffee, shownAt: T1, queue: [] });
  });

  it("prepares slides in order and projects the next one, leaving the rest queued", () => {
    let p: Projection = initialProjection(T0);
    p = applyProjectorStep(p, { type: "enqueue", id: "a", slide: vote }, T0);
    p = applyProjectorStep(p, { type: "enqueue", id: "b", slide: coffee }, T0);
    expect(nextSlide(p)).toEqual(vote);
    expect(p.current).toEqual({ kind: "speakers" });
    p = applyProjectorStep(p, { type: "show_next" }, T1);
    expect(p).toEqual({ current: vote, shownAt: T1, queue: [{ id: "b", slide: coffee }] });
  });

  it("projects a prepared slide out of turn and removes one", () => {
    let p: Projection = initialProjection(T0);
    p = applyProjectorStep(p, { type: "enqueue", id: "a", slide: vote }, T0);
    p = applyProjectorStep(p, { type: "enqueue", id: "b", slide: coffee }, T0);
    const shown = applyProjectorStep(p, { type: "show_queued", id: "b" }, T1);
    expect(shown.current).toEqual(coffee);
    expect(shown.queue.map((q) => q.id)).toEqual(["a"]);
    expect(applyProjectorStep(p, { type: "remove", id: "a" }, T1).queue.map((q) => q.id)).toEqual(["b"]);
  });

  it("refuses a step that names nothing to show", () => {
    const p = initialProjection(T0);
    expect(codeOf(() => applyProjectorStep(p, { type: "show_next" }, T1))).toBe("invalid_transition");
    expect(codeOf(() => applyProjectorStep(p, { type: "show_queued", id: "x" }, T1))).toBe("not_found");
    expect(codeOf(() => applyProjectorStep(p, { type: "remove", id: "x" }, T1))).toBe("not_found");
  });

  it("keeps the queue bounded and its ids distinct", () => {
    let p: Projection = initialProjection(T0);
    for (let i = 0; i < MAX_QUEUE; i++) p = applyProjectorStep(p, { type: "enqueue", id: `s${i}`, slide: coffee }, T0);
    expect(codeOf(() => applyProjectorStep(p, { type: "enqueue", id: "more", slide: coffee }, T0))).toBe("conflict");
    expect(codeOf(() => applyProjectorStep(p, { type: "remove", id: "s0" }, T0))).toBeUndefined();
    const one = applyProjectorStep(initialProjection(T0), { type: "enqueue", id: "a", slide: coffee }, T0);
    expect(codeOf(() => applyProjectorStep(one, { type: "enqueue", id: "a", slide: coffee }, T0))).toBe("conflict");
  });

  it("refuses an empty message and a countdown out of range, shown or queued", () => {
    const p = initialProjection(T0);
    expect(slideProblems({ kind: "message", text: "  " })).toHaveLength(1);
    expect(slideProblems({ kind: "countdown", label: "", seconds: 0 })).toHaveLength(1);
    expect(slideProblems({ kind: "countdown", label: "Vote", seconds: 90 })).toEqual([]);
    expect(codeOf(() => applyProjectorStep(p, { type: "show", slide: { kind: "message", text: "" } }, T1))).toBe("validation_failed");
    expect(
      codeOf(() => applyProjectorStep(p, { type: "enqueue", id: "c", slide: { kind: "countdown", label: "", seconds: 1.5 } }, T1)),
    ).toBe("validation_failed");
  });

  it("counts a countdown down from the moment it is shown", () => {
    const p = applyProjectorStep(initialProjection(T0), { type: "show", slide: { kind: "countdown", label: "Vote", seconds: 90 } }, T1);
    expect(countdownEnd(p)).toBe("2021-11-26T10:46:30.000Z");
    expect(countdownEnd(initialProjection(T0))).toBeNull();
  });

  it("names what a slide refers to, for the store to find in the screen's sitting", () => {
    expect(slideReference({ kind: "paragraph", paragraphId: "p1", amendmentId: "a1" })).toEqual([
      { what: "paragraph", id: "p1" },
      { what: "amendment", id: "a1" },
    ]);
    expect(slideReference({ kind: "text", draftId: "d1" })).toEqual([{ what: "draft", id: "d1" }]);
    expect(slideReference(coffee)).toEqual([]);
  });
});
