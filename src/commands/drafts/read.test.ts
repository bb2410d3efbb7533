import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, type Principal } from "../../domain/authorization.js";
import { asId, type AccountId } from "../../domain/ids.js";
import { createDraft } from "../../store/draft-create.js";
import { loadDraft } from "../../store/drafts.js";
import { loadMeetingFixture, readMeetingFixture } from "../../store/reference-case/load.js";
import { Writer } from "../../store/write.js";
import { expectDomainError } from "../../test-support/errors.js";
import { freshStore, storeKinds, type TestStore } from "../../test-support/stores.js";
import { readDraftPage, visibleDraft } from "./read.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat-account"), roles: [{ role: "secretariat", scope: null }] };
const OBSERVER: Principal = { accountId: asId<AccountId>("observer-account"), roles: [{ role: "observer", scope: null }] };
const DELEGATE: Principal = { accountId: asId<AccountId>("delegate-account"), roles: [{ role: "participant", scope: null }] };

describe.each(storeKinds())("reading a draft resolution as its reader may on %s", (kind) => {
  let store: TestStore;
  let published = "";
  let unpublished = "";
  beforeAll(async () => {
    store = await freshStore(kind);
    const writer = new Writer(store);
    await loadMeetingFixture(writer, await readMeetingFixture());
    const sitting = await store.db.selectFrom("sittings").select("id").executeTakeFirstOrThrow();
    const create = (symbol: string, publish: boolean) =>
      writer.run(SECRETARIAT.accountId, (ctx) =>
        createDraft(ctx, sitting.id, {
          symbol,
          title: "Legislation to protect children",
          language: "en",
          illustrative: false,
          publish,
          source: null,
          paragraphs: [{ kind: "operative", text: "Calls upon parliaments to act;", subParagraphs: [] }],
        }),
      );
    published = (await create("C-III/143/DR-published", true)).result;
    unpublished = (await create("C-III/143/DR-unpublished", false)).result;
  });
  afterAll(async () => store.dispose());

  it("hides an unpublished draft from a delegate and the public as not found, on its text and on its page", async () => {
    for (const p of [DELEGATE, PUBLIC]) {
      await expectDomainError(visibleDraft(store.db, p, unpublished), "not_found");
      await expectDomainError(readDraftPage(store.db, p, unpublished), "not_found");
    }
  });

  it("gives an unpublished draft to the secretariat and an observer", async () => {
    for (const p of [SECRETARIAT, OBSERVER]) {
      expect((await visibleDraft(store.db, p, unpublished)).symbol).toBe("C-III/143/DR-unpublished");
      expect((await readDraftPage(store.db, p, unpublished)).published).toBe(false);
    }
  });

  it("gives a published draft to everyone", async () => {
    for (const p of [SECRETARIAT, DELEGATE, PUBLIC]) expect((await visibleDraft(store.db, p, published)).published).toBe(true);
  });

  it("leaves the store reading whatever the caller includes: an unpublished draft only when asked for", async () => {
    await expectDomainError(loadDraft(store.db, unpublished, false), "not_found");
    expect((await loadDraft(store.db, unpublished, true)).id).toBe(unpublished);
    await expectDomainError(loadDraft(store.db, "no-such-draft", true), "not_found");
  });
});
