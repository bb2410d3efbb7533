import type { Kysely, Migration, MigrationProvider } from "kysely";
import { Migrator } from "kysely";
import * as foundation from "./migrations/001_foundation.js";
import * as amendments from "./migrations/002_amendments.js";
import type { Schema } from "./schema.js";

const migrations: Record<string, Migration> = {
  "001_foundation": foundation,
  "002_amendments": amendments,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the latest schema; the same migrations run on SQLite and PostgreSQL. */
export const migrateToLatest = async (db: Kysely<Schema>): Promise<string[]> => {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
};
