import type { Kysely, Selectable } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { COSPONSOR_STATUSES, type CosponsorStatus } from "../../domain/cosponsors/cosponsorship.js";
import type { AccountId, SittingId } from "../../domain/ids.js";
import { oneOf } from "../decode.js";
import type { Schema } from "../schema.js";
import { authorChoices } from "./authors.js";

/** One invitation to co-sponsor an amendment, as stored, with where it stands. */
export interface StoredCosponsorship {
  readonly id: string;
  readonly amendmentId: string;
  readonly delegation: string;
  readonly invitedAccountId: AccountId | null;
  readonly status: CosponsorStatus;
  readonly invitedBy: AccountId | null;
  readonly invitedAt: string;
  readonly respondedBy: AccountId | null;
  readonly respondedAt: string | null;
  readonly version: number;
}

/** Decodes one `amendment_cosponsors` row; an unknown status is reported with its table. */
export const decodeCosponsorship = (r: Selectable<Schema["amendment_cosponsors"]>): StoredCosponsorship => ({
  id: r.id,
  amendmentId: r.amendment_id,
  delegation: r.delegation,
  invitedAccountId: r.invited_account_id,
  status: oneOf(COSPONSOR_STATUSES, r.status, "amendment_cosponsors.status"),
  invitedBy: r.invited_by,
  invitedAt: r.invited_at,
  respondedBy: r.responded_by,
  respondedAt: r.responded_at,
  version: r.version,
});

/** The co-sponsorships of one amendment, oldest first. */
export const cosponsorshipsOf = async (db: Kysely<Schema>, amendmentId: string): Promise<StoredCosponsorship[]> =>
  (
    await db
      .selectFrom("amendment_cosponsors")
      .selectAll()
      .where("amendment_id", "=", amendmentId)
      .orderBy("invited_at")
      .orderBy("id")
      .execute()
  ).map(decodeCosponsorship);

/** One co-sponsorship, or undefined. */
export const findCosponsorship = async (db: Kysely<Schema>, id: string): Promise<StoredCosponsorship | undefined> => {
  const row = await db.selectFrom("amendment_cosponsors").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? decodeCosponsorship(row) : undefined;
};

const key = (name: string): string => name.trim().normalize("NFC").toLocaleLowerCase("en");

/** The sitting of the draft an amendment belongs to: the event whose delegations may co-sponsor it. */
export const sittingOfAmendment = async (db: Kysely<Schema>, amendmentId: string): Promise<SittingId | null> => {
  const row = await db
    .selectFrom("amendments")
    .innerJoin("draft_resolutions", "draft_resolutions.id", "amendments.draft_id")
    .select("draft_resolutions.sitting_id")
    .where("amendments.id", "=", amendmentId)
    .executeTakeFirst();
  return row?.sitting_id ?? null;
};

/**
 * Whether a person is the one an invitation names: the member invited by account, or, for an invitation to a
 * whole delegation, a member of that delegation in the amendment's event (by its name or its parliament).
 */
export const isInvited = async (db: Kysely<Schema>, p: Principal, c: StoredCosponsorship): Promise<boolean> => {
  if (p.accountId === null) return false;
  if (c.invitedAccountId !== null) return c.invitedAccountId === p.accountId;
  const sittingId = await sittingOfAmendment(db, c.amendmentId);
  const mine = (await authorChoices(db, p, { sittingId })).mine;
  return mine.some((n) => key(n) === key(c.delegation));
};

/** The accounts of the event's participants who belong to a delegation, by its name or parliament. */
export const delegationMembers = async (db: Kysely<Schema>, sittingId: SittingId | null, delegation: string): Promise<AccountId[]> => {
  const sitting = sittingId ? await db.selectFrom("sittings").select("event_id").where("id", "=", sittingId).executeTakeFirst() : undefined;
  const rows = await db
    .selectFrom("participants")
    .leftJoin("delegations", "delegations.id", "participants.delegation_id")
    .select(["participants.account_id", "participants.parliament", "delegations.name as delegationName"])
    .where("participants.account_id", "is not", null)
    .$if(sitting !== undefined, (q) => q.where("participants.event_id", "=", sitting?.event_id ?? ""))
    .execute();
  return [
    ...new Set(
      rows
        .filter((r) => key(r.parliament ?? "") === key(delegation) || (r.delegationName && key(r.delegationName) === key(delegation)))
        .map((r) => r.account_id!),
    ),
  ];
};

/** The invitations waiting for a person's answer: to them by name or to their delegation, oldest first. */
export const invitationsFor = async (db: Kysely<Schema>, p: Principal): Promise<StoredCosponsorship[]> => {
  if (p.accountId === null) return [];
  const waiting = (
    await db.selectFrom("amendment_cosponsors").selectAll().where("status", "=", "invited").orderBy("invited_at").orderBy("id").execute()
  ).map(decodeCosponsorship);
  const mine: StoredCosponsorship[] = [];
  for (const c of waiting) if (await isInvited(db, p, c)) mine.push(c);
  return mine;
};
