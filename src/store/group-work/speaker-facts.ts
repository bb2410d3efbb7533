import { GENDERS } from "../../domain/model.js";
import type { Kysely } from "kysely";
import type { AccountId } from "../../domain/ids.js";
import type { Gender } from "../../domain/model.js";
import type { Speaker } from "../../domain/speakers/types.js";
import type { Schema } from "../schema.js";

/** Reads a stored gender; anything unexpected counts as undisclosed. */
export const genderOf = (value: string | null | undefined): Gender =>
  value && (GENDERS as readonly string[]).includes(value) ? (value as Gender) : "undisclosed";

/**
 * The people behind accounts as the event's participant records describe them; an account without a record
 * is known by its account name, with an undisclosed gender and an unknown age.
 */
export const speakerFacts = async (
  db: Kysely<Schema>,
  eventId: string,
  accountIds: readonly AccountId[],
): Promise<Map<AccountId, Speaker>> => {
  const out = new Map<AccountId, Speaker>();
  if (accountIds.length === 0) return out;
  const [people, accounts] = await Promise.all([
    db
      .selectFrom("participants")
      .selectAll()
      .where("event_id", "=", eventId)
      .where("account_id", "in", [...accountIds])
      .execute(),
    db
      .selectFrom("accounts")
      .select(["id", "name"])
      .where("id", "in", [...accountIds])
      .execute(),
  ]);
  for (const a of accounts)
    out.set(a.id, {
      accountId: a.id,
      name: a.name,
      parliament: "",
      gender: "undisclosed",
      birthYear: null,
      ageBand: null,
    });
  for (const p of people) {
    if (!p.account_id) continue;
    out.set(p.account_id, {
      accountId: p.account_id,
      name: p.name,
      parliament: p.parliament,
      gender: genderOf(p.gender),
      birthYear: p.birth_year === null ? null : Number(p.birth_year),
      ageBand: p.age_band,
    });
  }
  return out;
};
