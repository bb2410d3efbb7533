import { describe, expect, it } from "vitest";
import { pid, amendment, draftOf } from "./test-factories.js";
import { votingOrder } from "./voting-order.js";

const DRAFT = draftOf([
  ["preambular", "Recalling the Convention,"],
  ["operative", "Calls upon parliaments to adopt comprehensive legislation without delay;"],
]);
const OP1 = pid("p2");

describe("votingOrder", () => {
  it("puts deletion first, then the amendment furthest from the original, and says what falls", () => {
    const [order] = votingOrder(DRAFT, [
      amendment("small", {
        action: "amend",
        target: OP1,
        text: "Calls upon all parliaments to adopt comprehensive legislation without delay;",
        status: "submitted",
      }),
      amendment("large", {
        action: "amend",
        target: OP1,
        text: "Calls upon governments and parliaments to enact survivor-centred laws without delay;",
        status: "submitted",
      }),
      amendment("tail", {
        action: "amend",
        target: OP1,
        text: "Calls upon parliaments to adopt comprehensive legislation without delay and by 2025;",
        status: "submitted",
      }),
      amendment("delete", { action: "delete", target: OP1, status: "submitted" }),
      amendment("withdrawn", { action: "delete", target: OP1, status: "withdrawn" }),
    ]);
    expect(order?.label).toBe("OP1");
    expect(order?.order).toEqual(["delete", "large", "tail", "small"]);
    expect(order?.falls).toEqual({ delete: ["large", "tail", "small"], large: ["small"], tail: [], small: [] });
  });

  it("orders Arabic amendments by words changed", () => {
    const draft = draftOf([["operative", "تدعو البرلمانات إلى اعتماد تشريعات؛"]], "ar");
    const [order] = votingOrder(draft, [
      amendment("A1", { action: "amend", target: pid("p1"), language: "ar", text: "تدعو البرلمانات إلى سن تشريعات؛", status: "submitted" }),
      amendment("A2", {
        action: "amend",
        target: pid("p1"),
        language: "ar",
        text: "تحث الحكومات والبرلمانات على سن قوانين؛",
        status: "submitted",
      }),
    ]);
    expect(order?.order).toEqual(["A2", "A1"]);
    expect(order?.falls.A2).toEqual(["A1"]);
  });

  it("lets new paragraphs stand together", () => {
    const orders = votingOrder(DRAFT, [
      amendment("N1", { action: "insert", after: OP1, text: "Invites parliaments to report;", status: "submitted" }),
      amendment("N2", {
        action: "insert",
        after: OP1,
        text: "Requests the Secretary General to follow up on this resolution;",
        status: "submitted",
      }),
    ]);
    expect(orders).toEqual([
      { target: "after:p2", label: "new paragraph after OP1", order: ["N2", "N1"], falls: { N2: [], N1: [] }, amends: {} },
    ]);
  });
});
