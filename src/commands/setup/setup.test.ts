import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "../../domain/authorization.js";
import { asId, type SittingId } from "../../domain/ids.js";
import { multilingual } from "../../domain/multilingual.js";
import { testApp, type TestApp } from "../../test-support/app.js";
import { expectDomainError } from "../../test-support/errors.js";
import { storeKinds } from "../../test-support/stores.js";
import { createEvent, editEvent, setEventPublished } from "./events.js";
import { createGroup } from "./groups.js";
import { createSitting } from "./sittings.js";

const SECRETARIAT: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };
const BUREAU: Principal = { accountId: null, roles: [{ role: "bureau_member", scope: null }] };
const text = (en: string) => multilingual("en", { en });

describe.each(storeKinds())("set-up commands on %s", (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(kind, { referenceCase: false });
  });
  afterEach(async () => t.close());

  const event = {
    key: "forum-2030",
    name: text("Forum 2030"),
    place: text("Geneva"),
    organisation: text("IPU"),
    tagline: text(""),
    hashtag: null,
    startDate: "2030-03-01",
    endDate: "2030-03-03",
    timeZone: "Europe/Zurich",
    workingLanguages: ["en" as const],
  };

  it("refuses set-up to anyone but the secretariat, whoever calls the command", async () => {
    await expectDomainError(
      t.writer.run(null, (ctx) => createEvent(ctx, BUREAU, event)),
      "forbidden",
    );
    const { result: created } = await t.writer.run(null, (ctx) => createEvent(ctx, SECRETARIAT, event));
    await expectDomainError(
      t.writer.run(null, (ctx) => setEventPublished(ctx, BUREAU, created.id, created.version, true)),
      "forbidden",
    );
    await expectDomainError(
      t.writer.run(null, (ctx) =>
        createSitting(ctx, BUREAU, created.id, {
          bodyId: "any",
          number: 1,
          date: "2030-03-01",
          startTime: "09:00",
          endTime: "12:00",
          timeZone: null,
          venue: text("Hall"),
          title: text("First sitting"),
        }),
      ),
      "forbidden",
    );
  });

  it("writes a change with its revision and event, and refuses a stale version with the current state", async () => {
    const { result: created, events } = await t.writer.run(null, (ctx) => createEvent(ctx, SECRETARIAT, event));
    expect(events.map((e) => e.type)).toEqual(["event.created"]);
    const edited = await t.writer.run(null, (ctx) => editEvent(ctx, SECRETARIAT, created.id, created.version, { hashtag: "#forum" }));
    expect(edited.result).toMatchObject({ hashtag: "#forum", version: 2 });
    expect(edited.events[0]).toMatchObject({ type: "event.changed", payload: { changes: ["hashtag"] } });
    const stale = await expectDomainError(
      t.writer.run(null, (ctx) => editEvent(ctx, SECRETARIAT, created.id, created.version, { hashtag: "#late" })),
      "stale_version",
    );
    expect(stale.details).toMatchObject({ current: { version: 2, hashtag: "#forum" } });
    await expectDomainError(
      t.writer.run(null, (ctx) =>
        createGroup(ctx, BUREAU, asId<SittingId>("no-sitting"), {
          number: 1,
          title: text("Group"),
          description: [],
          room: { hall: text("A"), floor: text("1"), building: text("B"), capacity: 10 },
          guidingQuestions: [],
        }),
      ),
      "forbidden",
    );
  });
});
