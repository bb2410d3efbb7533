import { expect } from "vitest";
import type { TestApp } from "./app.js";
import { caller, type Caller } from "./factories.js";

/**
 * Three finished turns in a group's speakers list, through the API: FIRST, SECOND and FIRST again, called by the
 * chair; their times are then set to 60, 120 and 30 seconds, five minutes apart from 10:40 UTC on 26 November 2021.
 */
export const threeTimedTurns = async (t: TestApp, groupId: string, chair: Caller, first: Caller, second: Caller): Promise<void> => {
  const call = caller(t);
  const commands = `/api/v1/groups/${groupId}/speakers/commands`;
  for (const who of [first, second]) await call(who, "POST", commands, { command: { type: "request_floor" } });
  let version = (await call(chair, "POST", commands, { version: 2, command: { type: "call_next" } })).json().version;
  version = (await call(chair, "POST", commands, { version, command: { type: "call_next" } })).json().version;
  await call(first, "POST", commands, { command: { type: "request_floor" } });
  version = (await call(chair, "POST", commands, { version: version + 1, command: { type: "call_next" } })).json().version;
  await call(chair, "POST", commands, { version, command: { type: "end_turn" } });
  const turns = await t.store.db
    .selectFrom("speaker_requests")
    .select("id")
    .where("status", "=", "spoke")
    .orderBy("started_at")
    .orderBy("id")
    .execute();
  expect(turns).toHaveLength(3);
  for (const [i, seconds] of [60, 120, 30].entries()) {
    const start = new Date(Date.UTC(2021, 10, 26, 10, 40 + i * 5)).toISOString();
    await t.store.db
      .updateTable("speaker_requests")
      .set({ started_at: start, ended_at: new Date(Date.parse(start) + seconds * 1000).toISOString() })
      .where("id", "=", turns[i]!.id)
      .execute();
  }
};
