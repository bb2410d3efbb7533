import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { can, type Principal, type RoleAssignment } from "../../domain/authorization.js";
import { asId, type DiscussionGroupId, type ParagraphId } from "../../domain/ids.js";
import { listAmendments } from "../amendments/read.js";
import { loadDraft, type StoredDraft } from "../../store/drafts.js";
import { translationsOfSource } from "../../store/translations/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { onRecord } from "../../test-support/factories.js";
import { storeKinds } from "../../test-support/stores.js";
import { proposeAmendment, type ProposalInput } from "../amendments/propose.js";
import { transitionAmendment } from "../amendments/transition.js";
import { assignTranslation } from "./assign.js";
import { draftTranslationsFor, translationDetailFor, translationQueueFor } from "./views.js";
import { saveTranslation, submitTranslation } from "./write.js";

const ARABIC = "يدعو البرلمانات إلى اعتماد تشريعات شاملة؛";
const ENGLISH = "Calls upon parliaments to adopt comprehensive legislation;";

describe.each(storeKinds())("translating tabled amendments, on %s", (kind) => {
  let t: TestApp;
  let draft: StoredDraft;
  let secretariat: Principal;
  let translator: Principal;
  let delegate: Principal;
  let reader: Principal;

  const person = async (email: string, roles: RoleAssignment[], parliament?: string): Promise<Principal> => {
    const accountId = await accountWith(t, email, roles);
    if (parliament) await onRecord(t, accountId, { parliament, name: email });
    return { accountId, roles };
  };
  const run = <T>(p: Principal, command: (ctx: WriteContext) => Promise<T>): Promise<T> =>
    t.writer.run(p.accountId, command).then((r) => r.result);
  const propose = (fields: Partial<ProposalInput> = {}) =>
    t.writer
      .run(delegate.accountId, (ctx) =>
        proposeAmendment(ctx, delegate, draft, {
          action: "amend",
          target: draft.text.paragraphs[1]!.id as ParagraphId,
          text: ARABIC,
          language: "ar",
          author: "Egypt",
          submit: true,
          ...fields,
        }),
      )
      .then((r) => r.result);
  const tasksOf = (amendmentId: string) => translationsOfSource(t.store.db, "amendment", amendmentId);

  beforeEach(async () => {
    t = await testApp(kind);
    secretariat = await person("secretariat@example.org", [{ role: "secretariat", scope: null }]);
    translator = await person("translator@example.org", [{ role: "translator", scope: null }]);
    delegate = await person("egypt@example.org", [{ role: "participant", scope: null }], "Egypt");
    reader = await person("spain@example.org", [{ role: "participant", scope: null }], "Spain");
    const row = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    draft = await loadDraft(t.store.db, row.id, true);
  });
  afterEach(async () => t.close());

  it("opens one English task when an Arabic amendment is tabled on an English and Arabic draft, in the same transaction", async () => {
    const a = await propose();
    const tasks = await tasksOf(a.amendment.id);
    expect(tasks.map((x) => [x.part, x.sourceLanguage, x.language, x.status])).toEqual([["wording", "ar", "en", "open"]]);
    expect(tasks[0]!.source).toMatchObject({ text: ARABIC, number: a.number, label: "PP2" });
    expect(tasks[0]!.source.targetBefore).toBe(draft.text.paragraphs[1]!.text.versions.en!.text);
    const events = await t.store.db.selectFrom("events").select(["type", "time"]).orderBy("position").execute();
    const opened = events.find((e) => e.type === "translation.opened")!;
    expect(opened.time).toBe(events.find((e) => e.type === "amendment.submitted")!.time);
  });

  it("opens none for a private draft, which a translator cannot read either", async () => {
    const a = await propose({ submit: false });
    expect(await tasksOf(a.amendment.id)).toEqual([]);
    expect((await listAmendments(t.store.db, translator, draft.id)).map((x) => x.amendment.id)).not.toContain(a.amendment.id);
    expect(can(translator, { kind: "read_group_drafts", groupId: asId<DiscussionGroupId>("any-group") })).toBe(false);
  });

  it("lets a translator submit, after which the English reader sees the English wording as final", async () => {
    const a = await propose();
    const before = await draftTranslationsFor(t.store.db, reader, draft.id, "en");
    expect(before.items).toEqual([expect.objectContaining({ sourceId: a.amendment.id, status: "missing", text: null })]);
    const [task] = await tasksOf(a.amendment.id);
    const queue = await translationQueueFor(t.store.db, translator, { lang: "en" });
    expect(queue.tasks.map((x) => x.id)).toEqual([task!.id]);
    const saved = await run(translator, (ctx) => saveTranslation(ctx, translator, task!.id, 1, "Calls upon parliaments;"));
    expect(saved).toMatchObject({ status: "drafted", assignedTo: translator.accountId });
    expect((await draftTranslationsFor(t.store.db, reader, draft.id, "en")).items[0]).toMatchObject({ status: "draft", text: null });
    const done = await run(translator, (ctx) => submitTranslation(ctx, translator, task!.id, 2, ENGLISH));
    expect(done.status).toBe("final");
    const after = await draftTranslationsFor(t.store.db, reader, draft.id, "en");
    expect(after.items[0]).toMatchObject({ status: "final", text: ENGLISH });
    expect(after.items[0]!.changes!.some((c) => c.op === "insert")).toBe(true);
    expect(after.turnarounds).toEqual([]);
    const staff = await translationQueueFor(t.store.db, secretariat, { status: "all" });
    expect(staff.turnarounds[0]!.milliseconds).not.toBeNull();
    expect(staff.medianMilliseconds).toBe(staff.turnarounds[0]!.milliseconds);
    expect((await translationQueueFor(t.store.db, translator, { lang: "en" })).tasks).toEqual([]);
  });

  it("makes a final translation stale when the wording it translates changes", async () => {
    const a = await propose();
    const revise = (text: string, version: number) =>
      run(secretariat, (ctx) =>
        transitionAmendment(ctx, secretariat, a.amendment.id, { type: "accept_as_revised", revisedText: text }, version),
      );
    await revise("يدعو البرلمانات إلى اعتماد تشريعات؛", 1);
    const revised = (await tasksOf(a.amendment.id)).find((x) => x.part === "revised")!;
    expect(revised.status).toBe("open");
    await run(translator, (ctx) => submitTranslation(ctx, translator, revised.id, 1, "Calls upon parliaments to adopt legislation;"));
    await run(secretariat, (ctx) => transitionAmendment(ctx, secretariat, a.amendment.id, { type: "reopen", reason: "Wrong text" }, 2));
    expect((await tasksOf(a.amendment.id)).find((x) => x.part === "revised")!.status).toBe("final");
    await revise("يدعو البرلمانات إلى اعتماد تشريعات فعالة؛", 3);
    const stale = (await tasksOf(a.amendment.id)).find((x) => x.part === "revised")!;
    expect(stale.status).toBe("stale");
    expect(stale.source.text).toBe("يدعو البرلمانات إلى اعتماد تشريعات فعالة؛");
    const detail = await translationDetailFor(t.store.db, translator, stale.id);
    expect(detail.permissions).toMatchObject({ submit: true, reopen: false });
    expect((await draftTranslationsFor(t.store.db, reader, draft.id, "en")).items.find((x) => x.part === "revised")!.status).toBe(
      "missing",
    );
  });

  it("cancels the unfinished tasks of a withdrawn amendment", async () => {
    const a = await propose();
    await run(delegate, (ctx) => transitionAmendment(ctx, delegate, a.amendment.id, { type: "withdraw" }, 1));
    expect((await tasksOf(a.amendment.id)).map((x) => x.status)).toEqual(["cancelled"]);
  });

  it("refuses translation to a participant, another translator's task to a translator, and assignment to a non-translator", async () => {
    const a = await propose();
    const [task] = await tasksOf(a.amendment.id);
    await expectDomainError(
      run(reader, (ctx) => submitTranslation(ctx, reader, task!.id, 1, ENGLISH)),
      "forbidden",
    );
    await expectDomainError(translationQueueFor(t.store.db, reader, {}), "forbidden");
    const other = await person("translator2@example.org", [{ role: "translator", scope: null }]);
    await expectDomainError(
      run(translator, (ctx) => assignTranslation(ctx, translator, task!.id, 1, other.accountId)),
      "forbidden",
    );
    await expectDomainError(
      run(secretariat, (ctx) => assignTranslation(ctx, secretariat, task!.id, 1, reader.accountId)),
      "validation_failed",
    );
    const given = await run(secretariat, (ctx) => assignTranslation(ctx, secretariat, task!.id, 1, other.accountId));
    expect(given.assignedTo).toBe(other.accountId);
    await expectDomainError(
      run(translator, (ctx) => saveTranslation(ctx, translator, task!.id, 2, ENGLISH)),
      "forbidden",
    );
    await expectDomainError(
      run(other, (ctx) => saveTranslation(ctx, other, task!.id, 1, ENGLISH)),
      "stale_version",
    );
    expect((await run(other, (ctx) => submitTranslation(ctx, other, task!.id, 2, ENGLISH))).status).toBe("final");
  });
});
