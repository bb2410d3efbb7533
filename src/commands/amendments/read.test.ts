import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PUBLIC, type Principal } from "../../domain/authorization.js";
import { asId, type AccountId, type ParagraphId } from "../../domain/ids.js";
import { storedAmendments } from "../../store/amendments/rows.js";
import { loadDraft, type StoredDraft } from "../../store/drafts.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { proposeAmendment } from "./propose.js";
import { listAmendments, visibleTo } from "./read.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat"), roles: [{ role: "secretariat", scope: null }] };
const OBSERVER: Principal = { accountId: asId<AccountId>("observer"), roles: [{ role: "observer", scope: null }] };

describe.each(storeKinds())("the amendments a reader sees on %s", (kind) => {
  let t: TestApp;
  let draft: StoredDraft;
  let author: Principal;
  let other: Principal;

  const delegate = async (email: string): Promise<Principal> => {
    const roles = [{ role: "participant" as const, scope: null }];
    const p = { accountId: await accountWith(t, email, roles), roles };
    await onRecord(t, p.accountId, { parliament: "Spain" });
    return p;
  };

  beforeEach(async () => {
    t = await testApp(kind);
    const row = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    draft = await loadDraft(t.store.db, row.id, true);
    author = await delegate("author@example.org");
    other = await delegate("other@example.org");
    await t.writer.run(author.accountId, (ctx) =>
      proposeAmendment(ctx, author, draft, {
        action: "amend",
        target: draft.text.paragraphs[0]!.id as ParagraphId,
        text: "Recalls the new wording;",
        language: "en",
        author: "Spain",
        submit: false,
      }),
    );
  });
  afterEach(async () => t.close());

  it("shows a draft amendment to its proposer and the staff only, while the store keeps every row", async () => {
    const [stored] = await storedAmendments(t.store.db, draft.id);
    expect(stored!.amendment.status).toBe("draft");
    expect([author, SECRETARIAT, other, OBSERVER, PUBLIC].map((p) => visibleTo(p, stored!))).toEqual([true, true, false, false, false]);
    expect(await listAmendments(t.store.db, author, draft.id)).toHaveLength(1);
    expect(await listAmendments(t.store.db, SECRETARIAT, draft.id)).toHaveLength(1);
    expect(await listAmendments(t.store.db, other, draft.id)).toEqual([]);
    expect(await listAmendments(t.store.db, PUBLIC, draft.id)).toEqual([]);
  });

  it("shows a tabled amendment to everyone", async () => {
    const [stored] = await storedAmendments(t.store.db, draft.id);
    const tabled = { ...stored!, amendment: { ...stored!.amendment, status: "submitted" as const } };
    expect([author, other, OBSERVER, PUBLIC].every((p) => visibleTo(p, tabled))).toBe(true);
  });
});
