import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { StoreLocation } from "../config.js";
import type { Schema } from "./schema.js";

export type StoreKind = StoreLocation["kind"];

/** An open database: the Kysely handle and which engine it is. */
export interface Store {
  readonly db: Kysely<Schema>;
  readonly kind: StoreKind;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to work in (tests use one schema each). */
  readonly schema?: string;
  readonly poolSize?: number;
  /** How long a query waits for a free connection before failing. */
  readonly poolTimeoutMs?: number;
}

/** Opens SQLite (WAL, synchronous writes) or a PostgreSQL pool, and checks the connection works. */
export const openStore = async (location: StoreLocation, options: OpenOptions = {}): Promise<Store> => {
  if (location.kind === "sqlite") {
    if (location.path !== ":memory:") mkdirSync(dirname(location.path), { recursive: true });
    const sqlite = new SQLite(location.path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, kind: "sqlite", close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: location.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.poolTimeoutMs ?? 5000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on("error", () => undefined);
  // A connection the server ends while it is lent out must fail its query, not the whole process.
  pool.on("connect", (client) => client.on("error", () => undefined));
  const client = await pool.connect();
  client.release();
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", close: () => db.destroy() };
};
