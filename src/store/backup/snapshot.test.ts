import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { asId, type AccountId } from "../../domain/ids.js";
import { freshStore, storeKinds, type TestStore } from "../../test-support/stores.js";
import { createAccount } from "../accounts.js";
import { backup, restore } from "../backup.js";
import { openStore } from "../database.js";
import { lastPosition, readEvents } from "../events.js";
import { loadMeetingFixture, readMeetingFixture } from "../reference-case/load.js";
import { Writer } from "../write.js";

describe.each(storeKinds())("a backup taken during writes on %s", (kind) => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.dispose()));
  });

  it("restores a gapless event log in which every event's rows are present", async () => {
    const source = await freshStore(kind);
    stores.push(source);
    await loadMeetingFixture(new Writer(source), await readMeetingFixture());
    // On SQLite the writers need their own connection to the file, as another process would have.
    const other = kind === "sqlite" ? await openStore({ kind: "sqlite", path: source.url.slice("sqlite:".length) }) : null;
    const writer = new Writer(other ?? source);
    let committed = 0;
    let backedUp = false;
    let started!: () => void;
    const underWay = new Promise<void>((resolve) => (started = resolve));
    const writers = Array.from({ length: 3 }, async (_, w) => {
      for (let i = 0; i < 100 && !backedUp; i++) {
        await writer.run(null, (ctx) =>
          createAccount(ctx, { email: `w${w}-${i}@example.org`, name: "Writer", roles: [{ role: "participant", scope: null }] }),
        );
        if (++committed === 10) started();
      }
    });
    await underWay;
    const before = await lastPosition(source.db);
    const file = join(mkdtempSync(join(tmpdir(), "rapporteur-snapshot-")), "b.jsonl");
    await backup(source, file);
    backedUp = true;
    const after = await lastPosition(source.db);
    await Promise.all(writers);
    await other?.close();
    expect(after).toBeGreaterThan(before);

    await stores.splice(0)[0]!.dispose();
    const target = await freshStore(kind);
    stores.push(target);
    await restore(target, file, { replace: false });
    const events = await readEvents(target.db, { after: 0 });
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
    expect(await lastPosition(target.db)).toBe(events.length);
    const accounts = new Set((await target.db.selectFrom("accounts").select("id").execute()).map((a) => a.id));
    const roles = new Set((await target.db.selectFrom("role_assignments").select("account_id").execute()).map((r) => r.account_id));
    const createdAccounts = events
      .filter((e) => e.type === "account.created")
      .map((e) => asId<AccountId>(e.subject.slice("account:".length)));
    expect(createdAccounts.length).toBeGreaterThan(0);
    expect(createdAccounts.filter((id) => !accounts.has(id) || !roles.has(id))).toEqual([]);
    expect(accounts.size).toBe(createdAccounts.length);
  });
});
