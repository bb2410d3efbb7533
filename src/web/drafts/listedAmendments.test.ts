import { describe, expect, it } from "vitest";
import { compactChanges } from "../../domain/text/change-runs.js";
import { multilingual } from "../../domain/multilingual.js";
import { applyChanges, diffWords } from "../../domain/text/diff.js";
import { withWording, type DraftWording, type ListedAmendment } from "./listedAmendments.js";

const OP1 = "Calls upon parliaments to act without delay;";
const OP1A = "to protect children online;";
const TITLE = "Protecting children online";
const draft: DraftWording = {
  title: multilingual("en", { en: TITLE }),
  paragraphs: [
    {
      id: "op1",
      text: multilingual("en", { en: OP1, fr: "Invite les parlements à agir sans délai ;" }),
      subParagraphs: [{ id: "op1a", text: multilingual("en", { en: OP1A }) }],
    },
  ],
};

/** An amendment as the list answers it, its change worked out against BEFORE like the server does. */
const listed = (id: string, fields: Partial<ListedAmendment> & { before: string; after: string | null }): ListedAmendment => {
  const { before, after, ...rest } = fields;
  const changes = diffWords(before, after ?? "", rest.language ?? "en");
  return {
    id,
    number: 1,
    action: "amend",
    status: "submitted",
    target: null,
    targetLabel: null,
    after: null,
    kind: null,
    revisedText: null,
    mergedInto: null,
    parent: null,
    language: "en",
    author: "Spain",
    paper: false,
    coSponsors: [],
    justification: null,
    provenance: null,
    createdAt: "2021-11-26T10:00:00Z",
    version: 1,
    ...rest,
    ...(after === null ? { text: null } : {}),
    changes: compactChanges(changes, before),
  };
};

describe("a listed amendment read against the draft", () => {
  it("gets its words back from the paragraph, sub-paragraph, title or amended amendment it names", () => {
    const amended = "Calls upon all parliaments to act without delay;";
    const sub = "Calls upon all parliaments to act at once;";
    const list = [
      listed("a", { target: "op1", before: OP1, after: amended }),
      listed("b", { target: null, parent: "a", before: amended, after: sub }),
      listed("c", { target: "op1a", before: OP1A, after: "to protect every child online;" }),
      listed("d", { action: "amend_title", before: TITLE, after: "Protecting every child online" }),
      listed("e", { action: "delete", target: "op1", before: OP1, after: null }),
      listed("f", {
        target: "op1",
        language: "fr",
        before: "Invite les parlements à agir sans délai ;",
        after: "Invite les parlements à agir ;",
      }),
    ];
    const views = new Map(withWording(draft, list).map((v) => [v.id, v]));
    expect(views.get("a")).toMatchObject({ text: amended, changes: diffWords(OP1, amended, "en") });
    expect(views.get("b")).toMatchObject({ text: sub, changes: diffWords(amended, sub, "en") });
    expect(views.get("c")?.text).toBe("to protect every child online;");
    expect(views.get("d")?.text).toBe("Protecting every child online");
    expect(views.get("e")).toMatchObject({ text: null, changes: [{ op: "delete", text: OP1 }] });
    expect(applyChanges(views.get("f")!.changes)).toBe("Invite les parlements à agir ;");
  });

  it("reads a sub-amendment whose amendment the reader may not see against the paragraph, as the server does", () => {
    const list = [listed("b", { target: "op1", parent: "hidden", before: OP1, after: "Calls upon parliaments to act;" })];
    expect(withWording(draft, list)[0]?.text).toBe("Calls upon parliaments to act;");
  });
});
