import type { Kysely } from "kysely";

/** Recommendations, votes, body adoptions, deadlines, submissions, committee decisions and draft versions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("recommendations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("group_id", "text", (c) => c.notNull().references("discussion_groups.id"))
    .addColumn("draft_id", "text", (c) => c.notNull().references("draft_resolutions.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("accounts.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint("recommendations_group_draft", ["group_id", "draft_id"])
    .execute();
  await db.schema
    .createTable("recommendation_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("recommendation_id", "text", (c) => c.notNull().references("recommendations.id"))
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("votes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("group_id", "text", (c) => c.notNull().references("discussion_groups.id"))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("round", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("opened_by", "text", (c) => c.references("accounts.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("ballots")
    .addColumn("vote_id", "text", (c) => c.notNull().references("votes.id"))
    .addColumn("round", "integer", (c) => c.notNull())
    .addColumn("voter_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("choice", "text", (c) => c.notNull())
    .addColumn("cast_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("ballots_pk", ["vote_id", "round", "voter_id"])
    .execute();
  await db.schema
    .createTable("body_adoptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("body_id", "text", (c) => c.notNull().references("bodies.id"))
    .addColumn("draft_id", "text", (c) => c.notNull().references("draft_resolutions.id"))
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("accounts.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("submission_deadlines")
    .addColumn("draft_id", "text", (c) => c.primaryKey().references("draft_resolutions.id"))
    .addColumn("local", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("set_by", "text", (c) => c.references("accounts.id"))
    .addColumn("set_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable("submissions")
    .addColumn("amendment_id", "text", (c) => c.primaryKey().references("amendments.id"))
    .addColumn("submitted_by", "text", (c) => c.references("accounts.id"))
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("late", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("accepted_by", "text", (c) => c.references("accounts.id"))
    .addColumn("reason", "text")
    .execute();
  await db.schema
    .createTable("committee_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("amendment_id", "text", (c) => c.notNull().references("amendments.id"))
    .addColumn("body_id", "text", (c) => c.notNull().references("bodies.id"))
    .addColumn("transition", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("accounts.id"))
    .addColumn("decided_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("committee_decisions_amendment").on("committee_decisions").column("amendment_id").execute();
  await db.schema
    .createTable("draft_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("from_draft_id", "text", (c) => c.notNull().references("draft_resolutions.id"))
    .addColumn("to_draft_id", "text", (c) => c.notNull().references("draft_resolutions.id"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("accounts.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "draft_versions",
    "committee_decisions",
    "submissions",
    "submission_deadlines",
    "body_adoptions",
    "ballots",
    "votes",
    "recommendation_comments",
    "recommendations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
