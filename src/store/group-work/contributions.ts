import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { DomainError } from "../../domain/errors.js";
import type { Schema } from "../schema.js";
import type { WriteContext } from "../write-context.js";
import type { Floor } from "./floor.js";
import { readList } from "./lists.js";
import { paragraphIdsOfSitting } from "./paragraphs.js";
import { decodeColumn } from "../decode.js";
import { contributionParagraphs } from "../columns/group-work.js";
import type { AccountId, GuidingQuestionId } from "../../domain/ids.js";

/** Longest contribution, in characters: a contribution is a short point, not a document. */
export const MAX_CONTRIBUTION_CHARS = 2000;

const present = (r: Schema["contributions"], names: Map<AccountId, string>) => ({
  id: r.id,
  groupId: r.group_id,
  questionId: r.question_id,
  accountId: r.account_id,
  author: names.get(r.account_id) ?? "",
  text: r.text,
  paragraphIds: decodeColumn(contributionParagraphs, r.paragraph_ids, "contributions", r.id),
  createdAt: r.created_at,
});

export type ContributionView = ReturnType<typeof present>;

export interface ContributionInput {
  readonly text: string;
  readonly questionId?: GuidingQuestionId | undefined;
  readonly paragraphIds: readonly string[];
}

const authorNames = async (db: Kysely<Schema>, floor: Floor, accountIds: AccountId[]): Promise<Map<AccountId, string>> => {
  const names = new Map<AccountId, string>();
  if (accountIds.length === 0) return names;
  const accounts = await db.selectFrom("accounts").select(["id", "name"]).where("id", "in", accountIds).execute();
  for (const a of accounts) names.set(a.id, a.name);
  const people = await db
    .selectFrom("participants")
    .select(["account_id", "name"])
    .where("event_id", "=", floor.eventId)
    .where("account_id", "in", accountIds)
    .execute();
  for (const p of people) if (p.account_id) names.set(p.account_id, p.name);
  return names;
};

/**
 * Records a contribution on a guiding question (the one the chair is on, unless named), optionally tied to
 * paragraphs of the sitting's draft; members of the group see it at once.
 */
export const recordContribution = async (ctx: WriteContext, floor: Floor, input: ContributionInput): Promise<ContributionView> => {
  if (!floor.groupId) throw new DomainError("not_found", "Contributions are recorded in discussion groups");
  const text = input.text.trim();
  if (text === "" || text.length > MAX_CONTRIBUTION_CHARS)
    throw new DomainError("validation_failed", `A contribution has 1 to ${MAX_CONTRIBUTION_CHARS} characters`, [
      { path: "body.text", message: "length" },
    ]);
  const questionId = input.questionId ?? (await readList(ctx.trx, floor)).list.currentQuestionId;
  if (!questionId)
    throw new DomainError("validation_failed", "Name the guiding question: the chair has not opened one", [
      { path: "body.questionId", message: "required while no question is open" },
    ]);
  if (!floor.questions.some((q) => q.id === questionId))
    throw new DomainError("validation_failed", "Not a guiding question of this group", [
      { path: "body.questionId", message: "unknown question" },
    ]);
  const paragraphIds = [...new Set(input.paragraphIds)];
  if (paragraphIds.length) {
    const known = await paragraphIdsOfSitting(ctx.trx, floor.sittingId);
    const i = paragraphIds.findIndex((id) => !known.has(id));
    if (i >= 0)
      throw new DomainError("validation_failed", "Not a paragraph of this sitting's draft resolution", [
        { path: `body.paragraphIds.${i}`, message: "unknown paragraph" },
      ]);
  }
  const row: Schema["contributions"] = {
    id: randomUUID(),
    group_id: floor.groupId,
    sitting_id: floor.sittingId,
    question_id: questionId,
    account_id: ctx.actor!,
    text,
    paragraph_ids: JSON.stringify(paragraphIds),
    created_at: ctx.now,
  };
  await ctx.trx.insertInto("contributions").values(row).execute();
  ctx.record({
    type: "contribution.recorded",
    subject: `contribution:${row.id}`,
    sittingId: floor.sittingId,
    scope: `group:${floor.groupId}`,
    payload: { groupId: floor.groupId, questionId, paragraphIds, accountId: row.account_id },
  });
  return present(row, await authorNames(ctx.trx, floor, [row.account_id]));
};

/** A group's contributions, oldest first, optionally for one question. */
export const listContributions = async (db: Kysely<Schema>, floor: Floor, questionId?: GuidingQuestionId): Promise<ContributionView[]> => {
  if (!floor.groupId) return [];
  let q = db.selectFrom("contributions").selectAll().where("group_id", "=", floor.groupId);
  if (questionId !== undefined) q = q.where("question_id", "=", questionId);
  const rows = await q.orderBy("created_at").orderBy("id").limit(5000).execute();
  const names = await authorNames(db, floor, [...new Set(rows.map((r) => r.account_id))]);
  return rows.map((r) => present(r, names));
};
