import type { Kysely, Migration, MigrationProvider } from "kysely";
import { Migrator, SqliteAdapter, sql } from "kysely";
import * as foundation from "./migrations/001_foundation.js";
import * as amendments from "./migrations/002_amendments.js";
import * as groupWork from "./migrations/003_group_work.js";
import * as setup from "./migrations/004_setup.js";
import * as committee from "./migrations/005_committee.js";
import * as deployment from "./migrations/006_deployment.js";
import * as subAmendments from "./migrations/007_sub_amendments.js";
import * as outbox from "./migrations/008_outbox.js";
import * as amendmentCounters from "./migrations/009_amendment_counters.js";
import * as participantAccess from "./migrations/010_participant_access.js";
import * as amendmentSeries from "./migrations/011_amendment_series.js";
import * as projectors from "./migrations/012_projectors.js";
import * as attendance from "./migrations/013_attendance.js";
import * as speakersOperator from "./migrations/014_speakers_operator.js";
import * as cosponsors from "./migrations/015_cosponsors.js";
import * as notifications from "./migrations/016_notifications.js";
import * as translations from "./migrations/017_translations.js";
import type { Schema } from "./schema.js";

const migrations: Record<string, Migration> = {
  "001_foundation": foundation,
  "002_amendments": amendments,
  "003_group_work": groupWork,
  "004_setup": setup,
  "005_committee": committee,
  "006_deployment": deployment,
  "007_sub_amendments": subAmendments,
  "008_outbox": outbox,
  "009_amendment_counters": amendmentCounters,
  "010_participant_access": participantAccess,
  "011_amendment_series": amendmentSeries,
  "012_projectors": projectors,
  "013_attendance": attendance,
  "014_speakers_operator": speakersOperator,
  "015_cosponsors": cosponsors,
  "016_notifications": notifications,
  "017_translations": translations,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the database to the latest schema; the same migrations run on SQLite and PostgreSQL.
 * On PostgreSQL the migration tables live in the connection's current schema, so several schemas
 * of one database (one per instance or per test) never see each other's migration state.
 */
export const migrateToLatest = async (db: Kysely<Schema>): Promise<string[]> => {
  const schema = await currentSchema(db);
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
};

/** Brings the database to a named migration and no further: for testing a later migration over older data. */
export const migrateUpTo = async (db: Kysely<Schema>, name: string): Promise<void> => {
  const schema = await currentSchema(db);
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
};

const currentSchema = async (db: Kysely<Schema>): Promise<string | null> => {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return null;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? null;
};
