import { randomUUID } from "node:crypto";
import type { Role } from "../domain/authorization.js";
import type { Gender } from "../domain/model.js";
import { accountWith, signIn, testApp, type TestApp } from "./app.js";
import { asId, type AccountId, type DiscussionGroupId, type SittingId, type ParticipantId } from "../domain/ids.js";

/** A signed-in caller, or null for the public. */
export type Caller = { cookie: string; csrfToken: string } | null;

/** Sends a request as a caller, with the session cookie and CSRF token. */
export const caller = (t: TestApp) => (who: Caller, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload: payload as object } : {}),
    headers: who ? { cookie: who.cookie, "x-csrf-token": who.csrfToken } : {},
  });

/** A participant record in the reference event for an account: what a delegate's authorship rests on. */
export const onRecord = async (
  t: TestApp,
  accountId: AccountId,
  facts: { gender?: Gender; birthYear?: number | null; ageBand?: string | null; parliament?: string; name?: string } = {},
) => {
  const event = await t.store.db.selectFrom("meeting_events").select("id").executeTakeFirstOrThrow();
  await t.store.db
    .insertInto("participants")
    .values({
      id: asId<ParticipantId>(randomUUID()),
      event_id: event.id,
      account_id: accountId,
      name: facts.name ?? accountId,
      parliament: facts.parliament ?? "Spain",
      gender: facts.gender ?? "woman",
      birth_year: facts.birthYear ?? null,
      age_band: facts.ageBand ?? null,
      languages: JSON.stringify(["en"]),
    })
    .execute();
};

/** An account with roles, a participant record in the reference event, signed in. */
export const participant = async (
  t: TestApp,
  email: string,
  facts: { gender: Gender; birthYear?: number | null; ageBand?: string | null; parliament?: string },
  roles: { role: Role; scope: string | null }[] = [],
) => {
  const accountId = await accountWith(t, email, roles);
  await onRecord(t, accountId, { ...facts, name: email.split("@")[0] ?? email });
  return { accountId, session: await signIn(t, email) };
};

/** The reference case with its sitting, both groups and the draft's paragraphs. */
export const referenceApp = async (kind: "sqlite" | "postgres") => {
  const t = await testApp(kind);
  const sittingId = asId<SittingId>((await t.app.inject({ url: "/api/v1/sittings" })).json().sittings[0].id);
  const detail = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}` })).json();
  const groups = detail.groups as { id: DiscussionGroupId; guidingQuestions: { id: string }[] }[];
  const texts = (await t.app.inject({ url: `/api/v1/sittings/${sittingId}/draft-texts` })).json();
  const paragraphs = texts.drafts[0].paragraphs as {
    id: string;
    label: string;
    text: { versions: { en?: { text: string } } };
  }[];
  return { t, sittingId, draftId: detail.draftResolutions[0].id as string, g1: groups[0]!, g2: groups[1]!, paragraphs };
};

/** Sets a group's room capacity directly in the store. */
export const setCapacity = async (t: TestApp, groupId: DiscussionGroupId, capacity: number) => {
  const row = await t.store.db.selectFrom("discussion_groups").select("data").where("id", "=", groupId).executeTakeFirstOrThrow();
  const data = JSON.parse(row.data) as { room: { capacity: number } };
  data.room.capacity = capacity;
  await t.store.db
    .updateTable("discussion_groups")
    .set({ data: JSON.stringify(data) })
    .where("id", "=", groupId)
    .execute();
};
