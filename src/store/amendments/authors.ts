import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import { bodyName } from "../committee/context.js";
import type { Schema } from "../schema.js";
import type { SittingId } from "../../domain/ids.js";

/** Who may be named on an amendment to a draft, from the data of the draft's event. */
export interface AuthorChoices {
  /** The member's own delegation (its name and parliament) and the bodies the member acts for. */
  readonly mine: readonly string[];
  /** Every delegation of the event, by name and by parliament: the possible co-sponsors. */
  readonly delegations: readonly string[];
  /** Every body of the event. */
  readonly bodies: readonly string[];
}

const unique = (names: readonly (string | null | undefined)[]): string[] => [
  ...new Set(names.filter((n): n is string => !!n && n.trim() !== "")),
];

/** Reads the authors and co-sponsors a person may choose for an amendment to a draft of the event the draft belongs to. */
export const authorChoices = async (
  db: Kysely<Schema>,
  p: Principal,
  draft: { readonly sittingId: SittingId | null },
): Promise<AuthorChoices> => {
  const sitting = draft.sittingId
    ? await db.selectFrom("sittings").select("event_id").where("id", "=", draft.sittingId).executeTakeFirst()
    : undefined;
  const eventId = sitting?.event_id ?? null;
  const people = db
    .selectFrom("participants")
    .leftJoin("delegations", "delegations.id", "participants.delegation_id")
    .select(["participants.account_id", "participants.parliament", "delegations.name as delegation"])
    .$if(eventId !== null, (q) => q.where("participants.event_id", "=", eventId ?? ""));
  const everyone = await people.execute();
  const delegations = await db
    .selectFrom("delegations")
    .select(["name", "parliament"])
    .$if(eventId !== null, (q) => q.where("event_id", "=", eventId ?? ""))
    .execute();
  const bodyRows = await db
    .selectFrom("bodies")
    .select("id")
    .$if(eventId !== null, (q) => q.where("event_id", "=", eventId ?? ""))
    .execute();
  const bodies = new Map(await Promise.all(bodyRows.map(async (b) => [b.id, await bodyName(db, b.id)] as const)));
  const actsFor = p.roles.flatMap((r) => (r.scope?.startsWith("body:") ? [r.scope.slice(5)] : []));
  const own = everyone.filter((r) => p.accountId !== null && r.account_id === p.accountId);
  return {
    mine: unique([...own.flatMap((r) => [r.delegation, r.parliament]), ...actsFor.map((id) => bodies.get(id))]),
    delegations: unique([...delegations.flatMap((d) => [d.name, d.parliament]), ...everyone.map((r) => r.parliament)]),
    bodies: unique([...bodies.values()]),
  };
};
