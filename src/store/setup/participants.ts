import { randomUUID } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import type { Role } from "../../domain/authorization.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { asId, type AccountId, type ParticipantId } from "../../domain/ids.js";
import { personKey, type Existing, type ParticipantRow } from "../../domain/participants/rows.js";
import { hashSecret, issueSignInToken, newSecret } from "../accounts.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write-context.js";
import { found } from "./versioned.js";
import { decodeColumn } from "../decode.js";
import { participantLanguages } from "../columns/setup.js";

/** How long an invitation link stays valid: a week, to reach people before the session. */
export const INVITATION_HOURS = 7 * 24;

export interface Invitation {
  readonly participantId: ParticipantId;
  readonly accountId: AccountId;
  readonly email: string;
  readonly name: string;
  /** The one-time secret of the sign-in link; shown once, stored only as a hash. */
  readonly token: string;
  readonly expiresAt: string;
}

export interface ImportedParticipant {
  readonly id: ParticipantId;
  readonly row: number;
  readonly name: string;
  readonly delegationId: string;
  readonly accountId: AccountId | null;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/** What an import must not repeat: every account email, the event's people, its delegations. */
export const loadExisting = async (db: Kysely<Schema>, eventId: string): Promise<Existing> => {
  const [accounts, people, delegations] = await Promise.all([
    db.selectFrom("accounts").select("email").execute(),
    db.selectFrom("participants").select(["name", "parliament"]).where("event_id", "=", eventId).execute(),
    db.selectFrom("delegations").select(["key", "parliament"]).where("event_id", "=", eventId).execute(),
  ]);
  return {
    emails: new Set(accounts.map((a) => a.email)),
    people: new Set(people.map((p) => personKey(p.name, p.parliament))),
    delegations: new Map(delegations.map((d) => [d.key, d.parliament])),
  };
};

/**
 * Writes checked rows in batches: delegations that are new, an account (with its role and a sign-in
 * link) for each person with an email, and one participant row per person; one event per person.
 */
export const importParticipants = async (
  ctx: WriteContext,
  eventId: string,
  rows: readonly ParticipantRow[],
): Promise<{
  participants: ImportedParticipant[];
  invitations: Invitation[];
  newDelegations: { id: string; name: string; parliament: string }[];
}> => {
  const known = await ctx.trx.selectFrom("delegations").select(["id", "key"]).where("event_id", "=", eventId).execute();
  const delegationIds = new Map(known.map((d) => [d.key, d.id]));
  const newDelegations: { id: string; name: string; parliament: string }[] = [];
  for (const r of rows) {
    const key = r.delegation.toLowerCase();
    if (delegationIds.has(key)) continue;
    const id = randomUUID();
    delegationIds.set(key, id);
    newDelegations.push({ id, name: r.delegation, parliament: r.parliament });
  }
  for (const batch of chunks(newDelegations, 500))
    await ctx.trx
      .insertInto("delegations")
      .values(
        batch.map((d) => ({
          id: d.id,
          event_id: eventId,
          key: d.name.toLowerCase(),
          name: d.name,
          parliament: d.parliament,
          created_at: ctx.now,
        })),
      )
      .execute();
  for (const d of newDelegations)
    ctx.record({
      type: "delegation.created",
      subject: `delegation:${d.id}`,
      sittingId: null,
      scope: "staff",
      payload: { eventId, name: d.name, parliament: d.parliament },
    });

  const expiresAt = new Date(Date.parse(ctx.now) + INVITATION_HOURS * 3_600_000).toISOString();
  const participants: ImportedParticipant[] = [];
  const invitations: Invitation[] = [];
  const accounts: Schema["accounts"][] = [];
  const roles: Schema["role_assignments"][] = [];
  const tokens: Schema["sign_in_tokens"][] = [];
  const people: Insertable<Schema["participants"]>[] = [];
  for (const r of rows) {
    const id = asId<ParticipantId>(randomUUID());
    const accountId = r.email === null ? null : asId<AccountId>(randomUUID());
    const delegationId = delegationIds.get(r.delegation.toLowerCase())!;
    if (accountId !== null && r.email !== null) {
      const token = newSecret();
      accounts.push({ id: accountId, email: r.email, name: r.name, password_hash: null, created_at: ctx.now });
      roles.push({ id: randomUUID(), account_id: accountId, role: r.role satisfies Role, scope: null, created_at: ctx.now });
      tokens.push({ id: hashSecret(token), account_id: accountId, created_at: ctx.now, expires_at: expiresAt, used_at: null });
      invitations.push({ participantId: id, accountId, email: r.email, name: r.name, token, expiresAt });
    }
    people.push({
      id,
      event_id: eventId,
      account_id: accountId,
      name: r.name,
      parliament: r.parliament,
      gender: r.gender,
      birth_year: r.birthYear,
      age_band: r.ageBand,
      languages: JSON.stringify(r.languages),
      delegation_id: delegationId,
    });
    participants.push({ id, row: r.row, name: r.name, delegationId, accountId });
    ctx.record({
      type: "participant.imported",
      subject: `participant:${id}`,
      sittingId: null,
      scope: "staff",
      payload: {
        eventId,
        delegationId,
        accountId,
        roles: accountId ? [{ role: r.role, scope: null }] : [],
        invitationExpiresAt: accountId ? expiresAt : null,
      },
    });
  }
  for (const batch of chunks(accounts, 500)) await ctx.trx.insertInto("accounts").values(batch).execute();
  for (const batch of chunks(roles, 500)) await ctx.trx.insertInto("role_assignments").values(batch).execute();
  for (const batch of chunks(tokens, 500)) await ctx.trx.insertInto("sign_in_tokens").values(batch).execute();
  for (const batch of chunks(people, 500)) await ctx.trx.insertInto("participants").values(batch).execute();
  return { participants, invitations, newDelegations };
};

/** Voids every sign-in link of an account not used yet: a re-issued, exported or printed link replaces them. */
export const voidSignInLinks = async (ctx: WriteContext, accountId: AccountId): Promise<number> => {
  const done = await ctx.trx
    .deleteFrom("sign_in_tokens")
    .where("account_id", "=", accountId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(done.numDeletedRows);
};

/**
 * A fresh invitation for a participant who has an account; the links issued before stop working.
 * A deactivated participant gets none.
 */
export const reissueInvitation = async (ctx: WriteContext, participantId: ParticipantId): Promise<Invitation> => {
  const row = found(
    await ctx.trx
      .selectFrom("participants")
      .leftJoin("accounts", "accounts.id", "participants.account_id")
      .select(["participants.id", "participants.account_id", "participants.name", "participants.deactivated_at", "accounts.email"])
      .where("participants.id", "=", participantId)
      .executeTakeFirst(),
    "Participant",
    participantId,
  );
  if (row.account_id === null || row.email === null) throw notFound("Account of participant", participantId);
  if (row.deactivated_at !== null)
    throw new DomainError("conflict", "This participant is deactivated: reactivate them before inviting them again");
  const accountId = row.account_id;
  await voidSignInLinks(ctx, accountId);
  const token = await issueSignInToken(ctx, accountId, INVITATION_HOURS);
  const expiresAt = new Date(Date.parse(ctx.now) + INVITATION_HOURS * 3_600_000).toISOString();
  return { participantId: row.id, accountId, email: row.email, name: row.name, token, expiresAt };
};

/** The participants of an event (or the one named by `only`) with their account, roles and delegation, by delegation then name. */
export const listParticipants = async (db: Kysely<Schema>, eventId: string, only?: ParticipantId) => {
  let query = db
    .selectFrom("participants")
    .leftJoin("accounts", "accounts.id", "participants.account_id")
    .leftJoin("delegations", "delegations.id", "participants.delegation_id")
    .selectAll("participants")
    .select(["accounts.email as email", "accounts.password_hash as password_hash", "delegations.name as delegation_name"])
    .where("participants.event_id", "=", eventId);
  if (only !== undefined) query = query.where("participants.id", "=", only);
  const rows = await query.orderBy("delegations.name").orderBy("participants.name").execute();
  const accountIds = rows.flatMap((r) => (r.account_id ? [r.account_id] : []));
  const roles = accountIds.length
    ? (
        await Promise.all(
          chunks(accountIds, 1000).map((ids) =>
            db.selectFrom("role_assignments").select(["account_id", "role", "scope"]).where("account_id", "in", ids).execute(),
          ),
        )
      ).flat()
    : [];
  const rolesOf = new Map<AccountId, { role: string; scope: string | null }[]>();
  for (const x of roles) rolesOf.set(x.account_id, [...(rolesOf.get(x.account_id) ?? []), { role: x.role, scope: x.scope }]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    parliament: r.parliament,
    gender: r.gender,
    birthYear: r.birth_year,
    ageBand: r.age_band,
    languages: decodeColumn(participantLanguages, r.languages, "participants", r.id),
    delegation: r.delegation_id ? { id: r.delegation_id, name: r.delegation_name ?? "" } : null,
    accountId: r.account_id,
    email: r.email ?? null,
    signedUp: r.password_hash !== null && r.password_hash !== undefined,
    roles: (r.account_id && rolesOf.get(r.account_id)) || [],
    active: r.deactivated_at === null,
    version: r.version,
  }));
};

/** The delegations of an event, each with its members counted by gender. */
export const listDelegations = async (db: Kysely<Schema>, eventId: string) => {
  const [delegations, members] = await Promise.all([
    db.selectFrom("delegations").selectAll().where("event_id", "=", eventId).orderBy("key").execute(),
    db
      .selectFrom("participants")
      .select(["id", "name", "gender", "delegation_id"])
      .where("event_id", "=", eventId)
      .orderBy("name")
      .execute(),
  ]);
  return delegations.map((d) => {
    const own = members.filter((m) => m.delegation_id === d.id);
    const byGender: Record<string, number> = { woman: 0, man: 0, other: 0, undisclosed: 0 };
    for (const m of own) byGender[m.gender] = (byGender[m.gender] ?? 0) + 1;
    return {
      id: d.id,
      name: d.name,
      parliament: d.parliament,
      members: own.map((m) => ({ id: m.id, name: m.name, gender: m.gender })),
      byGender,
    };
  });
};

/** Whether an account belongs only to deactivated participants: such an account may not sign in. */
export const accountDeactivated = async (db: Kysely<Schema>, accountId: AccountId): Promise<boolean> => {
  const rows = await db.selectFrom("participants").select("deactivated_at").where("account_id", "=", accountId).execute();
  return rows.length > 0 && rows.every((r) => r.deactivated_at !== null);
};

/** The event exists, or not_found. */
export const assertEvent = async (db: Kysely<Schema>, eventId: string): Promise<void> => {
  found(await db.selectFrom("meeting_events").select("id").where("id", "=", eventId).executeTakeFirst(), "Event", eventId);
};

/** One participant as the list shows them, or not_found. */
export const participantView = async (db: Kysely<Schema>, participantId: ParticipantId) => {
  const row = found(
    await db.selectFrom("participants").select("event_id").where("id", "=", participantId).executeTakeFirst(),
    "Participant",
    participantId,
  );
  return (await listParticipants(db, row.event_id, participantId))[0]!;
};

export type ParticipantView = Awaited<ReturnType<typeof participantView>>;
