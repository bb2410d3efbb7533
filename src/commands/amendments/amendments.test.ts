import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type AccountId, type ParagraphId } from "../../domain/ids.js";
import type { AmendmentStatus } from "../../domain/text/amendment.js";
import { decodeAmendment } from "../../store/amendments/rows.js";
import { loadDraft, type StoredDraft } from "../../store/drafts.js";
import type { WriteContext } from "../../store/write-context.js";
import { accountWith, testApp, type TestApp } from "../../test-support/app.js";
import { onRecord } from "../../test-support/factories.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { setDeadline } from "./deadline.js";
import { proposeAmendment, type ProposalInput } from "./propose.js";
import { submitAmendment } from "./submit.js";
import { transitionAmendment } from "./transition.js";

const SECRETARIAT: Principal = { accountId: asId<AccountId>("secretariat"), roles: [{ role: "secretariat", scope: null }] };
const OBSERVER: Principal = { accountId: null, roles: [{ role: "observer", scope: null }] };

describe.each(storeKinds())("amendment commands on %s", (kind) => {
  let t: TestApp;
  let now: string;
  let draft: StoredDraft;
  let DELEGATE: Principal;

  const run = <T>(command: (ctx: WriteContext) => Promise<T>) => t.writer.run(null, command);
  const amend = (submit: boolean): ProposalInput => ({
    action: "amend",
    target: draft.text.paragraphs[0]!.id as ParagraphId,
    text: "Recalls the new wording;",
    language: "en",
    author: "Spain",
    submit,
  });

  beforeEach(async () => {
    now = "2021-11-26T12:00:00.000Z";
    t = await testApp(kind, { clock: () => new Date(now) });
    const row = await t.store.db.selectFrom("draft_resolutions").select("id").executeTakeFirstOrThrow();
    draft = await loadDraft(t.store.db, row.id, true);
    const roles = [{ role: "participant" as const, scope: null }];
    DELEGATE = { accountId: await accountWith(t, "delegate@example.org", roles), roles };
    await onRecord(t, DELEGATE.accountId!, { parliament: "Spain" });
    await run((ctx) => setDeadline(ctx, SECRETARIAT, draft.id, { local: "2021-11-27T18:00", timeZone: null, version: null }));
  });
  afterEach(async () => t.close());

  it("refuses a proposal submitted after the deadline, whoever calls the command", async () => {
    now = "2021-11-27T17:00:01.000Z";
    await expectDomainError(
      run((ctx) => proposeAmendment(ctx, DELEGATE, draft, amend(true))),
      "deadline_passed",
    );
    const { result } = await run((ctx) => proposeAmendment(ctx, DELEGATE, draft, amend(false)));
    expect(result.amendment.status).toBe("draft");
  });

  it("refuses a proposal from an observer", async () => {
    await expectDomainError(
      run((ctx) => proposeAmendment(ctx, OBSERVER, draft, amend(false))),
      "forbidden",
    );
  });

  it("refuses a late submit transition, and takes a late submission the secretariat accepts with a reason", async () => {
    const { result: a } = await run((ctx) => proposeAmendment(ctx, SECRETARIAT, draft, amend(false)));
    now = "2021-11-28T09:00:00.000Z";
    await expectDomainError(
      run((ctx) => transitionAmendment(ctx, SECRETARIAT, a.amendment.id, { type: "submit" }, a.version)),
      "deadline_passed",
    );
    await expectDomainError(
      run((ctx) => submitAmendment(ctx, SECRETARIAT, a.amendment.id, a.version, { acceptLate: true, reason: " " })),
      "validation_failed",
    );
    const { result, events } = await run((ctx) =>
      submitAmendment(ctx, SECRETARIAT, a.amendment.id, a.version, { acceptLate: true, reason: "Delayed by the transport strike" }),
    );
    expect(result).toMatchObject({ late: true, version: 2, amendment: { status: "submitted" } });
    // The translation task it opens is recorded in the same transaction, under its own subject.
    expect(events.map((e) => e.type).filter((type) => type.startsWith("amendment."))).toEqual([
      "amendment.submitted",
      "amendment.late_accepted",
    ]);
  });

  it("decodes every stored amendment once, and names a damaged row", async () => {
    const { result } = await run((ctx) => proposeAmendment(ctx, SECRETARIAT, draft, amend(false)));
    const row = await t.store.db.selectFrom("amendments").selectAll().where("id", "=", result.amendment.id).executeTakeFirstOrThrow();
    expect(decodeAmendment(row)).toEqual(result);
    expect(() => decodeAmendment({ ...row, data: '{"coSponsors":"Spain"}' })).toThrow(/amendments .*coSponsors/);
    expect(() => decodeAmendment({ ...row, status: "lost" as AmendmentStatus })).toThrow(/amendments.status/);
  });
});
