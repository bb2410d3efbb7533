import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type AccountId } from "../../domain/ids.js";
import { createDraft } from "../../store/draft-create.js";
import { readDraftPage } from "./read.js";
import { loadMeetingFixture, readMeetingFixture } from "../../store/reference-case/load.js";
import { Writer } from "../../store/write.js";
import { expectDomainError } from "../../test-support/errors.js";
import { freshStore, storeKinds, type TestStore } from "../../test-support/stores.js";
import { translatePreface } from "./translate-preface.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat-account"), roles: [{ role: "secretariat", scope: null }] };
const DELEGATE: Principal = { accountId: asId<AccountId>("delegate-account"), roles: [{ role: "participant", scope: null }] };
const FORMULA = "The 143rd Assembly of the Inter-Parliamentary Union,";

describe.each(storeKinds())("translating the enacting formula on %s", (kind) => {
  let store: TestStore;
  let writer: Writer;
  let draftId = "";
  beforeAll(async () => {
    store = await freshStore(kind);
    writer = new Writer(store);
    await loadMeetingFixture(writer, await readMeetingFixture());
    const sitting = await store.db.selectFrom("sittings").select("id").executeTakeFirstOrThrow();
    draftId = (
      await writer.run(SECRETARIAT.accountId, (ctx) =>
        createDraft(ctx, sitting.id, {
          symbol: "C-III/143/DR-formula",
          title: "Legislation to protect children",
          language: "en",
          illustrative: false,
          publish: true,
          source: null,
          preface: FORMULA,
          paragraphs: [{ kind: "operative", text: "Calls upon parliaments to act;", subParagraphs: [] }],
        }),
      )
    ).result;
  });
  afterAll(async () => store.dispose());

  const translate = (p: Principal, lang: "ar" | "en" | "fr", text: string, version: number, status: "draft" | "final" = "final") =>
    writer.run(p.accountId, (ctx) => translatePreface(ctx, p, draftId, lang, { text, status, version }));

  it("adds a language beside the original, guarded by the draft's version, recorded as an event", async () => {
    const before = await readDraftPage(store.db, SECRETARIAT, draftId);
    const { result } = await translate(SECRETARIAT, "ar", "إن الجمعية الـ 143 للاتحاد البرلماني الدولي،", before.version, "draft");
    expect(result.version).toBe(before.version + 1);
    expect(result.preface.versions.ar).toEqual({ text: "إن الجمعية الـ 143 للاتحاد البرلماني الدولي،", status: "draft" });
    expect(result.preface.versions.en).toEqual({ text: FORMULA, status: "final" });

    // A second translator working from the page loaded before is told it changed.
    await expectDomainError(
      translate(SECRETARIAT, "fr", "La 143e Assemblée de l'Union interparlementaire,", before.version),
      "stale_version",
    );
    await translate(SECRETARIAT, "fr", "La 143e Assemblée de l'Union interparlementaire,", result.version);
    const after = await readDraftPage(store.db, SECRETARIAT, draftId);
    expect(Object.keys(after.preface!.versions).sort()).toEqual(["ar", "en", "fr"]);
    const events = await store.db
      .selectFrom("events")
      .select(["type", "scope", "payload"])
      .where("type", "=", "draft_resolution.preface_translated")
      .execute();
    expect(events.map((e) => [e.scope, JSON.parse(e.payload).language])).toEqual([
      ["public", "ar"],
      ["public", "fr"],
    ]);
  });

  it("refuses the original language, and anyone who is not a translator of the secretariat", async () => {
    const { version } = await readDraftPage(store.db, SECRETARIAT, draftId);
    await expectDomainError(translate(SECRETARIAT, "en", "The Assembly,", version), "validation_failed");
    await expectDomainError(translate(DELEGATE, "ar", "الجمعية،", version), "forbidden");
  });
});
