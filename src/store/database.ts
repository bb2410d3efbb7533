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
  /** The position of the last committed event (see committedPosition). */
  lastPosition(): Promise<number>;
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
    const position = committedPosition(db, location.path);
    return {
      db,
      kind: "sqlite",
      lastPosition: position.read,
      close: async () => {
        position.close();
        await db.destroy();
      },
    };
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
  return { db, kind: "postgres", lastPosition: () => queryPosition(db), close: () => db.destroy() };
};

const queryPosition = async (db: Kysely<Schema>): Promise<number> => {
  const row = await db.selectFrom("event_sequence").select("position").where("id", "=", 1).executeTakeFirst();
  return Number(row?.position ?? 0);
};

/**
 * The last committed position of a SQLite file, read by one prepared statement on a read-only connection of its
 * own: it sees committed transactions only (WAL), never one the server's connection has open, and it waits for
 * no query queued on that connection. An in-memory database, or one not migrated yet, is asked through Kysely.
 */
const committedPosition = (db: Kysely<Schema>, path: string): { read: () => Promise<number>; close: () => void } => {
  let reader: SQLite.Database | null = null;
  let statement: SQLite.Statement<[], { position: number | bigint }> | null = null;
  const prepare = (): typeof statement => {
    if (path === ":memory:" || path === "") return null;
    try {
      reader ??= new SQLite(path, { readonly: true, fileMustExist: true });
      return reader.prepare<[], { position: number | bigint }>("SELECT position FROM event_sequence WHERE id = 1");
    } catch {
      return null;
    }
  };
  return {
    read: async () => {
      statement ??= prepare();
      if (!statement) return queryPosition(db);
      return Number(statement.get()?.position ?? 0);
    },
    close: () => {
      reader?.close();
      reader = null;
      statement = null;
    },
  };
};
