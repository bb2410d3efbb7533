import type { Kysely } from "kysely";
import { parseCsv } from "../domain/participants/csv.js";
import { validateParticipantRows } from "../domain/participants/rows.js";
import { labelAll } from "../domain/text/labels.js";
import type { Principal } from "../domain/authorization.js";
import { visibleDraft } from "../commands/drafts/read.js";
import type { Schema } from "../store/schema.js";
import { importParticipants, loadExisting } from "../store/setup/participants.js";
import { CAST, castCsv, emailOf, type CastKey } from "./cast.js";
import type { ReferenceCase } from "./reference.js";
import type { Script } from "./script.js";
import type { AccountId, ParticipantId } from "../domain/ids.js";

/** The cast's accounts and participant records, by cast key. */
export interface People {
  account(key: CastKey): AccountId;
  participant(key: CastKey): ParticipantId;
}

/** The secretariat imports the cast from its CSV, exactly as the import screen sends it. */
export const importCast = async (script: Script, ref: ReferenceCase & { secretariat: AccountId }): Promise<void> => {
  await script.as(ref.secretariat, async (ctx) => {
    const report = validateParticipantRows(
      parseCsv(castCsv()),
      await loadExisting(ctx.trx, ref.eventId),
      new Date(ctx.now).getUTCFullYear(),
    );
    if (report.problems.length > 0)
      throw new Error(`The reference cast does not import: ${report.problems.map((p) => p.problem).join("; ")}`);
    await importParticipants(ctx, ref.eventId, report.valid);
  });
};

/** Finds the cast in the store; null when it was never imported. */
export const findPeople = async (db: Kysely<Schema>, eventId: string): Promise<People | null> => {
  const rows = await db
    .selectFrom("participants")
    .innerJoin("accounts", "accounts.id", "participants.account_id")
    .select(["participants.id as participantId", "accounts.id as accountId", "accounts.email"])
    .where("participants.event_id", "=", eventId)
    .where(
      "accounts.email",
      "in",
      CAST.map((c) => emailOf(c.key)),
    )
    .execute();
  if (rows.length !== CAST.length) return null;
  const byKey = new Map(CAST.map((c) => [c.key, rows.find((r) => r.email === emailOf(c.key))!]));
  return { account: (key) => byKey.get(key)!.accountId, participant: (key) => byKey.get(key)!.participantId };
};

/** The draft's paragraph ids by label (PP1, OP4(a) …), as the people read them on screen. */
export const paragraphLabels = async (db: Kysely<Schema>, p: Principal, draftId: string): Promise<(label: string) => string> => {
  const draft = await visibleDraft(db, p, draftId);
  const byLabel = new Map([...labelAll(draft.text.paragraphs)].map(([id, label]) => [label, id as string]));
  return (label) => {
    const id = byLabel.get(label);
    if (!id) throw new Error(`The draft ${draft.symbol} has no paragraph ${label}`);
    return id;
  };
};
