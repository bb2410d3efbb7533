import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestStore } from "../test-support/stores.js";
import { writeJob } from "./render/job.js";
import { prepareExport } from "./render/prepare.js";
import { DRAFT_SYMBOL, pdfInfo, SECRETARIAT, amendedReferenceStore } from "./testing.js";

describe("a PDF's structure and metadata", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await amendedReferenceStore();
  });
  afterAll(async () => store.dispose());

  it.each([
    ["information-note", "FEM/32/5.Inf-1", "en"],
    ["information-note", "FEM/32/5.Inf-1", "ar"],
    ["amendments", DRAFT_SYMBOL, "ar"],
    ["revised-draft", DRAFT_SYMBOL, "en"],
  ] as const)("the %s (%s, %s) is tagged, titled and dated as its first page is", async (document, symbol, language) => {
    const { job } = await prepareExport(store.db, SECRETARIAT, { document, symbol, language, format: "pdf" });
    if (!("model" in job)) throw new Error("a PDF job carries its document model");
    const fields = pdfInfo(await writeJob(job));
    expect(fields.Tagged).toBe("yes");
    expect(fields.Title).toBe(job.model.name);
    expect(job.model.masthead.date).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(fields.CreationDate?.slice(0, 10)).toBe(job.model.masthead.date.slice(0, 10));
  });
});
