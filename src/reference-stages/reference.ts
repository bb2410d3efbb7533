import type { Kysely } from "kysely";
import type { Schema } from "../store/schema.js";
import type { AccountId, DiscussionGroupId, SittingId, GuidingQuestionId } from "../domain/ids.js";

/** The reference case's own keys, as the fixture names them. */
const EVENT_KEY = "ipu-143";
const SITTING_KEY = "forum-32-1";
const DRAFT_SYMBOL = "C-III/143/DR";

/** What the stages act on: the reference case's event, sitting, groups, draft and bodies, and the secretariat. */
export interface ReferenceCase {
  readonly eventId: string;
  readonly sittingId: SittingId;
  readonly forumId: string;
  readonly committeeId: string;
  readonly draftId: string;
  readonly groups: readonly { readonly id: DiscussionGroupId; readonly number: number; readonly questions: readonly GuidingQuestionId[] }[];
  readonly secretariat: AccountId | null;
}

/** Finds the reference case in the store; null when the database holds something else. */
export const findReferenceCase = async (db: Kysely<Schema>): Promise<ReferenceCase | null> => {
  const event = await db.selectFrom("meeting_events").select("id").where("key", "=", EVENT_KEY).executeTakeFirst();
  if (!event) return null;
  const sitting = await db
    .selectFrom("sittings")
    .select(["id", "body_id"])
    .where("event_id", "=", event.id)
    .where("key", "=", SITTING_KEY)
    .executeTakeFirst();
  if (!sitting) return null;
  const draft = await db
    .selectFrom("draft_resolutions")
    .select(["id", "committee_body_id"])
    .where("symbol", "=", DRAFT_SYMBOL)
    .where("sitting_id", "=", sitting.id)
    .executeTakeFirst();
  if (!draft?.committee_body_id) return null;
  const groupRows = await db
    .selectFrom("discussion_groups")
    .select(["id", "number"])
    .where("sitting_id", "=", sitting.id)
    .orderBy("number")
    .execute();
  const groups = [];
  for (const g of groupRows) {
    const questions = await db.selectFrom("guiding_questions").select("id").where("group_id", "=", g.id).orderBy("position").execute();
    groups.push({ id: g.id, number: g.number, questions: questions.map((q) => q.id) });
  }
  const secretariat = await db
    .selectFrom("role_assignments")
    .select("account_id")
    .where("role", "=", "secretariat")
    .where("scope", "is", null)
    .orderBy("created_at")
    .orderBy("account_id")
    .executeTakeFirst();
  return {
    eventId: event.id,
    sittingId: sitting.id,
    forumId: sitting.body_id,
    committeeId: draft.committee_body_id,
    draftId: draft.id,
    groups,
    secretariat: secretariat?.account_id ?? null,
  };
};
