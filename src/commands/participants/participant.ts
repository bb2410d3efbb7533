import { randomUUID } from "node:crypto";
import { can, type Principal, type RoleAssignment } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { checkParticipantFields, isAssignable, type ParticipantFields } from "../../domain/participants/access.js";
import { personKey } from "../../domain/participants/rows.js";
import { createAccount } from "../../store/accounts.js";
import { assertEvent, participantView, type ParticipantView } from "../../store/setup/participants.js";
import { found } from "../../store/setup/versioned.js";
import type { WriteContext } from "../../store/write-context.js";
import { asId, type AccountId, type ParticipantId } from "../../domain/ids.js";

export const forbidUnlessSecretariat = (p: Principal, what: string): void => {
  if (!can(p, { kind: "manage_accounts" })) throw new DomainError("forbidden", `Only the secretariat ${what}`);
};

const checked = async (ctx: WriteContext, eventId: string, input: ParticipantFields) => {
  const bodies = await ctx.trx.selectFrom("bodies").select("id").where("event_id", "=", eventId).execute();
  return checkParticipantFields(input, { currentYear: new Date(ctx.now).getUTCFullYear(), bodies: new Set(bodies.map((b) => b.id)) });
};

/** The same person (name and parliament) or the same email must not be entered twice. */
const assertUnique = async (
  ctx: WriteContext,
  eventId: string,
  f: ParticipantFields,
  self: { id: ParticipantId; accountId: AccountId | null } | null,
) => {
  const people = await ctx.trx
    .selectFrom("participants")
    .select(["id", "name", "parliament"])
    .where("event_id", "=", eventId)
    .$if(self !== null, (q) => q.where("id", "!=", self!.id))
    .execute();
  const key = personKey(f.name, f.parliament);
  if (people.some((x) => personKey(x.name, x.parliament) === key))
    throw new DomainError("conflict", `${f.name} (${f.parliament}) is already a participant of this event`, [
      { path: "body.name", message: "already a participant" },
    ]);
  if (f.email === null) return;
  const holder = await ctx.trx.selectFrom("accounts").select("id").where("email", "=", f.email).executeTakeFirst();
  if (holder && holder.id !== self?.accountId)
    throw new DomainError("conflict", "An account with this email already exists", [{ path: "body.email", message: "already used" }]);
};

/** The delegation of that name in the event, made when new; an existing one must be of the same parliament. */
const delegationFor = async (ctx: WriteContext, eventId: string, name: string, parliament: string): Promise<string> => {
  const key = name.toLowerCase();
  const existing = await ctx.trx
    .selectFrom("delegations")
    .select(["id", "parliament"])
    .where("event_id", "=", eventId)
    .where("key", "=", key)
    .executeTakeFirst();
  if (existing) {
    if (existing.parliament.toLowerCase() !== parliament.toLowerCase())
      throw new DomainError("validation_failed", `The delegation ${name} belongs to ${existing.parliament}, not ${parliament}`, [
        { path: "body.delegation", message: "of another parliament" },
      ]);
    return existing.id;
  }
  const id = randomUUID();
  await ctx.trx.insertInto("delegations").values({ id, event_id: eventId, key, name, parliament, created_at: ctx.now }).execute();
  ctx.record({
    type: "delegation.created",
    subject: `delegation:${id}`,
    sittingId: null,
    scope: "staff",
    payload: { eventId, name, parliament },
  });
  return id;
};

const same = (a: RoleAssignment, b: RoleAssignment) => a.role === b.role && a.scope === b.scope;

/** Gives and takes back the roles of the participants screen; each change is an event about the account, so its live clients read their rights again. */
const setRoles = async (ctx: WriteContext, accountId: AccountId, wanted: readonly RoleAssignment[]) => {
  const held = (await ctx.trx.selectFrom("role_assignments").select(["id", "role", "scope"]).where("account_id", "=", accountId).execute())
    .map((r) => ({ id: r.id, role: r.role, scope: r.scope }) as RoleAssignment & { id: string })
    .filter(isAssignable);
  const revoked = held.filter((h) => !wanted.some((w) => same(w, h)));
  const granted = wanted.filter((w) => !held.some((h) => same(w, h)));
  if (revoked.length > 0)
    await ctx.trx
      .deleteFrom("role_assignments")
      .where(
        "id",
        "in",
        revoked.map((r) => r.id),
      )
      .execute();
  for (const r of granted)
    await ctx.trx
      .insertInto("role_assignments")
      .values({ id: randomUUID(), account_id: accountId, role: r.role, scope: r.scope, created_at: ctx.now })
      .execute();
  for (const [type, list] of [
    ["role.revoked", revoked],
    ["role.granted", granted],
  ] as const)
    for (const r of list)
      ctx.record({
        type,
        subject: `account:${accountId}`,
        sittingId: null,
        scope: `account:${accountId}`,
        payload: { role: r.role, scope: r.scope },
      });
  return { granted: granted.map(({ role, scope }) => ({ role, scope })), revoked: revoked.map(({ role, scope }) => ({ role, scope })) };
};

/** The secretariat adds one participant: their delegation (made when new), an account with roles when they have an email. */
export const createParticipant = async (
  ctx: WriteContext,
  p: Principal,
  eventId: string,
  input: ParticipantFields,
): Promise<ParticipantView> => {
  forbidUnlessSecretariat(p, "adds participants");
  await assertEvent(ctx.trx, eventId);
  const f = await checked(ctx, eventId, input);
  await assertUnique(ctx, eventId, f, null);
  const delegationId = await delegationFor(ctx, eventId, f.delegation, f.parliament);
  const roles = f.roles.length === 0 ? [{ role: "participant" as const, scope: null }] : f.roles;
  const accountId = f.email === null ? null : await createAccount(ctx, { email: f.email, name: f.name, roles: [...roles] });
  const id = asId<ParticipantId>(randomUUID());
  await ctx.trx
    .insertInto("participants")
    .values({
      id,
      event_id: eventId,
      account_id: accountId,
      name: f.name,
      parliament: f.parliament,
      gender: f.gender,
      birth_year: f.birthYear,
      age_band: f.ageBand,
      languages: JSON.stringify(f.languages),
      delegation_id: delegationId,
    })
    .execute();
  ctx.record({
    type: "participant.created",
    subject: `participant:${id}`,
    sittingId: null,
    scope: "staff",
    payload: { eventId, delegationId, accountId, roles: accountId ? roles : [] },
  });
  return participantView(ctx.trx, id);
};

const loadForChange = async (ctx: WriteContext, id: ParticipantId, expectedVersion: number) => {
  const row = found(await ctx.trx.selectFrom("participants").selectAll().where("id", "=", id).executeTakeFirst(), "Participant", id);
  if (row.version !== expectedVersion)
    throw new DomainError("stale_version", "This participant changed since you loaded them", [], {
      current: await participantView(ctx.trx, id),
    });
  return row;
};

/** Writes the next version of a participant row, guarded by the version read. */
const bump = async (ctx: WriteContext, id: ParticipantId, version: number, set: Record<string, unknown>) => {
  const done = await ctx.trx
    .updateTable("participants")
    .set({ ...set, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw new DomainError("stale_version", "This participant changed meanwhile; load them again");
};

/**
 * The secretariat edits a participant: facts, delegation, email and the roles of the participants screen.
 * A first email makes the account; an account's email may change but not be removed (deactivate instead).
 */
export const editParticipant = async (
  ctx: WriteContext,
  p: Principal,
  id: ParticipantId,
  expectedVersion: number,
  input: ParticipantFields,
): Promise<ParticipantView> => {
  forbidUnlessSecretariat(p, "edits participants");
  const row = await loadForChange(ctx, id, expectedVersion);
  const f = await checked(ctx, row.event_id, input);
  await assertUnique(ctx, row.event_id, f, { id, accountId: row.account_id });
  const delegationId = await delegationFor(ctx, row.event_id, f.delegation, f.parliament);
  let accountId = row.account_id;
  let roles: { granted: RoleAssignment[]; revoked: RoleAssignment[] } = { granted: [], revoked: [] };
  if (accountId === null) {
    if (f.email !== null) {
      const given = f.roles.length === 0 ? [{ role: "participant" as const, scope: null }] : [...f.roles];
      accountId = await createAccount(ctx, { email: f.email, name: f.name, roles: given });
      roles = { granted: given, revoked: [] };
    }
  } else {
    if (f.email === null)
      throw new DomainError("validation_failed", "A participant who has an account keeps an email; deactivate them instead", [
        { path: "body.email", message: "required once the account exists" },
      ]);
    const account = await ctx.trx.selectFrom("accounts").select(["email", "name"]).where("id", "=", accountId).executeTakeFirstOrThrow();
    if (account.email !== f.email || account.name !== f.name) {
      await ctx.trx.updateTable("accounts").set({ email: f.email, name: f.name }).where("id", "=", accountId).execute();
      if (account.email !== f.email)
        ctx.record({
          type: "account.email_changed",
          subject: `account:${accountId}`,
          sittingId: null,
          scope: `account:${accountId}`,
          payload: { email: f.email },
        });
    }
    roles = await setRoles(ctx, accountId, f.roles.length === 0 ? [{ role: "participant", scope: null }] : f.roles);
  }
  const next = {
    name: f.name,
    parliament: f.parliament,
    gender: f.gender,
    birth_year: f.birthYear,
    age_band: f.ageBand,
    languages: JSON.stringify(f.languages),
    delegation_id: delegationId,
    account_id: accountId,
  };
  const changed = Object.entries(next)
    .filter(([k, v]) => row[k as keyof typeof row] !== v)
    .map(([k]) => k);
  await bump(ctx, id, row.version, next);
  ctx.record({
    type: "participant.updated",
    subject: `participant:${id}`,
    sittingId: null,
    scope: "staff",
    payload: { eventId: row.event_id, changed, ...roles },
  });
  return participantView(ctx.trx, id);
};

/**
 * Deactivates a participant (kept in the record, their figures and contributions stay) or brings them back.
 * Deactivating signs them out everywhere: their sessions end, their unused links stop working, and an event
 * about their account makes the live channel close their connections.
 */
export const setParticipantActive = async (
  ctx: WriteContext,
  p: Principal,
  id: ParticipantId,
  expectedVersion: number,
  active: boolean,
): Promise<ParticipantView> => {
  forbidUnlessSecretariat(p, active ? "reactivates participants" : "deactivates participants");
  const row = await loadForChange(ctx, id, expectedVersion);
  if ((row.deactivated_at === null) === active)
    throw new DomainError("conflict", active ? "This participant is active already" : "This participant is deactivated already");
  if (!active && row.account_id !== null && row.account_id === p.accountId)
    throw new DomainError("conflict", "You cannot deactivate yourself");
  await bump(ctx, id, row.version, { deactivated_at: active ? null : ctx.now });
  let sessionsClosed = 0;
  if (!active && row.account_id !== null) {
    const closed = await ctx.trx.deleteFrom("sessions").where("account_id", "=", row.account_id).executeTakeFirst();
    sessionsClosed = Number(closed.numDeletedRows);
    await ctx.trx.deleteFrom("sign_in_tokens").where("account_id", "=", row.account_id).where("used_at", "is", null).execute();
  }
  if (row.account_id !== null)
    ctx.record({
      type: active ? "account.reactivated" : "account.deactivated",
      subject: `account:${row.account_id}`,
      sittingId: null,
      scope: `account:${row.account_id}`,
      payload: { sessionsClosed },
    });
  ctx.record({
    type: active ? "participant.reactivated" : "participant.deactivated",
    subject: `participant:${id}`,
    sittingId: null,
    scope: "staff",
    payload: { eventId: row.event_id, accountId: row.account_id },
  });
  return participantView(ctx.trx, id);
};
