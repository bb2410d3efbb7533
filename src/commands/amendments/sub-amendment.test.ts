import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type AccountId, type AmendmentId, type ParagraphId } from "../../domain/ids.js";
import { consolidate } from "../../domain/text/consolidate.js";
import { votingOrder } from "../../domain/text/voting-order.js";
import { storedAmendments } from "../../store/amendments/rows.js";
import { loadDraft, type StoredDraft } from "../../store/drafts.js";
import type { WriteContext } from "../../store/write-context.js";
import { testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { proposeAmendment } from "./propose.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat"), roles: [{ role: "secretariat", scope: null }] };

describe.each(storeKinds())("sub-amendments on %s", (kind) => {
  let t: TestApp;
  let draft: StoredDraft;
  const run = <T>(command: (ctx: WriteContext) => Promise<T>) => t.writer.run(null, command);

  beforeEach(async () => {
    t = await testApp(kind, { clock: () => new Date("2021-11-26T12:00:00.000Z") });
    const row = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    draft = await loadDraft(t.store.db, row.id, true);
  });
  afterEach(async () => t.close());

  it("keeps the amendment a sub-amendment amends, and the text engine votes it first", async () => {
    const target = draft.text.paragraphs[0]!.id as ParagraphId;
    const original = draft.text.paragraphs[0]!.text.versions.en?.text ?? "";
    const { result: parent } = await run((ctx) =>
      proposeAmendment(ctx, SECRETARIAT, draft, {
        action: "amend",
        target,
        text: `${original} Also.`,
        language: "en",
        author: "Spain",
        submit: true,
      }),
    );
    const { result: sub } = await run((ctx) =>
      proposeAmendment(ctx, SECRETARIAT, draft, {
        action: "amend",
        parent: parent.amendment.id,
        text: `${original} Also now.`,
        language: "en",
        author: "Mexico",
        submit: true,
      }),
    );
    const stored = await storedAmendments(t.store.db, draft.id);
    expect(stored.find((s) => s.amendment.id === sub.amendment.id)?.amendment.parent).toBe(parent.amendment.id);
    expect(stored.find((s) => s.amendment.id === parent.amendment.id)?.amendment.parent).toBeUndefined();
    const amendments = stored.map((s) => s.amendment);
    expect(votingOrder(draft.text, amendments)[0]?.order).toEqual([sub.amendment.id, parent.amendment.id]);
    const accepted = amendments.map((a) => ({ ...a, status: "accepted" as const }));
    expect(consolidate(draft.text, accepted).revised.paragraphs[0]?.text.versions.en?.text).toBe(`${original} Also now.`);
  });

  it("refuses a sub-amendment of an amendment that is not of this draft", async () => {
    const missing = asId<AmendmentId>("no-such-amendment");
    await expectDomainError(
      run((ctx) =>
        proposeAmendment(ctx, SECRETARIAT, draft, {
          action: "amend",
          parent: missing,
          text: "x",
          language: "en",
          author: "Spain",
          submit: false,
        }),
      ),
      "validation_failed",
    );
  });
});
