import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store } from "../store/database.js";
import { migrateToLatest } from "../store/migrate.js";

/** The test PostgreSQL database, when configured (`.ci/run` sets it). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "";

let warned = false;

/** The stores every repository test runs against: SQLite always, PostgreSQL when configured. */
export const storeKinds = (): ("sqlite" | "postgres")[] => {
  if (!TEST_DATABASE_URL && !warned) {
    warned = true;
    console.warn("PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does).");
  }
  return TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
};

export interface TestStore extends Store {
  /** For PostgreSQL, the schema the store lives in. */
  readonly schema: string | null;
  readonly url: string;
  dispose(): Promise<void>;
}

const randomName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;

/** A fresh, migrated store: a new SQLite file, or a new PostgreSQL schema dropped afterwards. */
export const freshStore = async (kind: "sqlite" | "postgres", migrate = true): Promise<TestStore> => {
  if (kind === "sqlite") {
    const path = join(mkdtempSync(join(tmpdir(), "rapporteur-")), "test.db");
    const store = await openStore({ kind: "sqlite", path });
    if (migrate) await migrateToLatest(store.db);
    return { ...store, schema: null, url: `sqlite:${path}`, dispose: () => store.close() };
  }
  const schema = randomName("t");
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const store = await openStore({ kind: "postgres", url: TEST_DATABASE_URL }, { schema, poolSize: 4 });
  if (migrate) await migrateToLatest(store.db);
  const url = withSearchPath(TEST_DATABASE_URL, schema);
  return {
    ...store,
    schema,
    url,
    dispose: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
};

/** A PostgreSQL URL that puts every connection in one schema (for child processes). */
export const withSearchPath = (url: string, schema: string): string => {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
};
