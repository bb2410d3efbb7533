import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC, readsUnpublished, type Principal } from "../domain/authorization.js";
import { asId, type AccountId, type SittingId } from "../domain/ids.js";
import { loadMeetingFixture, readMeetingFixture } from "./reference-case/load.js";
import { getSittingDetail, listSittings } from "./sittings.js";
import { Writer } from "./write.js";
import { expectDomainError } from "../test-support/errors.js";
import { freshStore, storeKinds, type TestStore } from "../test-support/stores.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat-account"), roles: [{ role: "secretariat", scope: null }] };
const BUREAU: Principal = { accountId: asId<AccountId>("bureau-account"), roles: [{ role: "bureau_member", scope: null }] };
const OBSERVER: Principal = { accountId: asId<AccountId>("observer-account"), roles: [{ role: "observer", scope: null }] };
const DELEGATE: Principal = { accountId: asId<AccountId>("delegate-account"), roles: [{ role: "participant", scope: null }] };
const CHAIR: Principal = { accountId: asId<AccountId>("chair-account"), roles: [{ role: "chair", scope: "group:g" }] };

describe("who reads unpublished events, sittings and drafts", () => {
  it("is the staff and observers, never a delegate, a chair or the public", () => {
    expect([SECRETARIAT, BUREAU, OBSERVER, DELEGATE, CHAIR, PUBLIC].map(readsUnpublished)).toEqual([true, true, true, false, false, false]);
  });
});

describe.each(storeKinds())("an unpublished sitting on %s", (kind) => {
  let store: TestStore;
  let sittingId = asId<SittingId>("");
  beforeAll(async () => {
    store = await freshStore(kind);
    await loadMeetingFixture(new Writer(store), await readMeetingFixture());
    sittingId = (await store.db.selectFrom("sittings").select("id").executeTakeFirstOrThrow()).id;
    await store.db.updateTable("sittings").set({ published: 0 }).where("id", "=", sittingId).execute();
  });
  afterAll(async () => store.dispose());

  it("is read by whoever reads unpublished texts, and not found by anyone else", async () => {
    for (const p of [SECRETARIAT, OBSERVER]) {
      expect((await listSittings(store.db, readsUnpublished(p))).map((s) => s.id)).toContain(sittingId);
      expect((await getSittingDetail(store.db, readsUnpublished(p), sittingId)).sitting.published).toBe(false);
    }
    for (const p of [DELEGATE, PUBLIC]) {
      expect((await listSittings(store.db, readsUnpublished(p))).map((s) => s.id)).not.toContain(sittingId);
      await expectDomainError(getSittingDetail(store.db, readsUnpublished(p), sittingId), "not_found");
    }
  });
});
