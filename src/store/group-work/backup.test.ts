import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { freshStore, storeKinds, type TestStore } from "../../test-support/stores.js";
import { createAccount } from "../accounts.js";
import { backup, restore } from "../backup.js";
import { loadMeetingFixture, readMeetingFixture } from "../reference-case/load.js";
import { Writer } from "../write.js";
import { recordContribution } from "./contributions.js";
import { readGroupFloor } from "./floor.js";
import { setProjectorPublished } from "./lists.js";
import { addMember } from "./membership.js";
import { runSpeakersCommand } from "../../commands/speakers/run.js";
import { asId, type ParticipantId } from "../../domain/ids.js";

const TABLES = ["speakers_lists", "speaker_requests", "group_memberships", "contributions"] as const;

describe.each(storeKinds())("group work in backups on %s", (kind) => {
  const stores: TestStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.dispose()));
  });

  it("backs up speakers lists, turns, memberships and contributions, and restores them unchanged", async () => {
    const source = await freshStore(kind);
    stores.push(source);
    const writer = new Writer(source);
    await loadMeetingFixture(writer, await readMeetingFixture());
    const event = await source.db.selectFrom("meeting_events").select("id").executeTakeFirstOrThrow();
    const group = await source.db.selectFrom("discussion_groups").select("id").orderBy("number").executeTakeFirstOrThrow();
    const { result: accountId } = await writer.run(null, (ctx) =>
      createAccount(ctx, { email: "amina@example.org", name: "Amina", roles: [{ role: "secretariat", scope: null }] }),
    );
    await source.db
      .insertInto("participants")
      .values({
        id: asId<ParticipantId>(randomUUID()),
        event_id: event.id,
        account_id: accountId,
        name: "Amina",
        parliament: "Morocco",
        gender: "woman",
        birth_year: 1984,
        age_band: null,
        languages: '["ar","en"]',
      })
      .execute();
    const principal: Principal = { accountId, roles: [{ role: "secretariat", scope: null }] };
    const floor = await readGroupFloor(source.db, group.id);
    await writer.run(accountId, (ctx) => addMember(ctx, floor, accountId, "chose"));
    const member: Principal = { accountId, roles: [...principal.roles, { role: "participant", scope: `group:${group.id}` }] };
    await writer.run(accountId, (ctx) =>
      runSpeakersCommand(ctx, member, floor, { version: 0, command: { type: "set_question", questionId: floor.questions[0]!.id } }),
    );
    await writer.run(accountId, (ctx) =>
      runSpeakersCommand(ctx, member, floor, { command: { type: "request_floor", remote: true, pointOfOrder: false } }),
    );
    await writer.run(accountId, (ctx) => runSpeakersCommand(ctx, member, floor, { version: 2, command: { type: "call_next" } }));
    await writer.run(accountId, (ctx) => runSpeakersCommand(ctx, member, floor, { version: 3, command: { type: "end_turn" } }));
    await writer.run(accountId, (ctx) => recordContribution(ctx, floor, { text: "Listen to survivors.", paragraphIds: [] }));
    await writer.run(accountId, (ctx) => setProjectorPublished(ctx, floor, true));

    const file = join(mkdtempSync(join(tmpdir(), "rapporteur-group-work-")), "b.jsonl");
    const counts = await backup(source, file);
    expect(TABLES.map((t) => counts[t])).toEqual([1, 1, 1, 1]);
    const rows = async (s: TestStore, table: (typeof TABLES)[number]) =>
      (await s.db.selectFrom(table).selectAll().execute()).map((r) => JSON.stringify(r));
    const before = await Promise.all(TABLES.map((table) => rows(source, table)));
    // One PostgreSQL test store at a time: the source goes before the target comes.
    await stores.splice(0)[0]!.dispose();
    const target = await freshStore(kind);
    stores.push(target);
    await restore(target, file, { replace: false });
    expect(await Promise.all(TABLES.map((table) => rows(target, table)))).toEqual(before);
    const restored = await target.db.selectFrom("speakers_lists").selectAll().executeTakeFirstOrThrow();
    expect(restored).toMatchObject({ version: 4, projector_published: 1, group_id: group.id });
  });
});
