import { access } from "node:fs/promises";
import type { ErrorIssue } from "../../domain/errors.js";
import type { StoreKind } from "../database.js";
import { TABLES } from "../schema.js";
import {
  FORMAT,
  FORMAT_PREFIX,
  FORMAT_VERSION,
  headerSchema,
  isTable,
  LineDigest,
  manifestSchema,
  refuse,
  rowLineSchema,
  type Manifest,
} from "./format.js";
import { backupLines } from "./lines.js";

/** A backup proven whole: its format version, rows per table, last event position and file checksum. */
export interface VerifiedBackup {
  readonly version: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly lastPosition: number;
  /** SHA-256 of everything before the manifest; null for an unverified format-1 file. */
  readonly sha256: string | null;
}

export interface VerifyOptions {
  /** The store it will go into: PostgreSQL cannot hold a NUL character in text. */
  readonly target: StoreKind;
  /** Accept a format-1 backup, which has no manifest, after checking only that every line reads. */
  readonly acceptUnverified: boolean;
}

const MAX_ISSUES = 20;
// A JSON-escaped NUL that is not itself an escaped backslash followed by "u0000".
const ESCAPED_NUL = /(?<!\\)(?:\\\\)*\\u0000/;

/**
 * Reads a whole backup and checks it against its manifest before anything touches the database:
 * format version, every line, table order, row counts, per-table and whole-file SHA-256, and a
 * gapless event log ending at the recorded last position. Throws a message naming each fault.
 */
export const verifyBackup = async (path: string, options: VerifyOptions): Promise<VerifiedBackup> => {
  await access(path).catch((error: Error) => {
    throw refuse(path, `cannot be read (${error.message})`);
  });
  const lines = backupLines(path);
  const first = await lines.next();
  const version = versionOf(path, first.done ? null : first.value.line, options.acceptUnverified);
  const whole = new LineDigest();
  whole.add(first.done ? "" : first.value.line);
  const issues: ErrorIssue[] = [];
  const fault = (where: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: where, message });
  };
  const counts: Record<string, number> = {};
  const digests = new Map<string, LineDigest>();
  const log = { count: 0, min: Infinity, max: 0, sequence: null as number | null };
  let tableIndex = 0;
  let manifest: { value: Manifest | null; line: number } | null = null;

  for await (const { n, line } of lines) {
    if (manifest) {
      if (line.trim() !== "") fault(`line ${n}`, "text after the manifest");
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      fault(`line ${n}`, line.trim() === "" ? "an empty line among the rows" : "not valid JSON");
      continue;
    }
    if (parsed && typeof parsed === "object" && "manifest" in parsed) {
      const m = manifestSchema.safeParse((parsed as { manifest: unknown }).manifest);
      if (!m.success) fault(`line ${n}`, "the manifest is malformed");
      manifest = { value: m.success ? m.data : null, line: n };
      continue;
    }
    const row = rowLineSchema.safeParse(parsed);
    if (!row.success || !isTable(row.data.t)) {
      fault(`line ${n}`, row.success ? `unknown table ${row.data.t}` : "not a row of a table");
      continue;
    }
    const { t, r } = row.data;
    const index = TABLES.indexOf(t);
    if (index < tableIndex) fault(`line ${n}`, `a row of ${t} after the rows of ${TABLES[tableIndex]}: rows were moved`);
    tableIndex = Math.max(tableIndex, index);
    if (options.target === "postgres" && ESCAPED_NUL.test(line))
      fault(`line ${n}`, `a row of ${t} holds a NUL character, which PostgreSQL cannot store`);
    whole.add(line);
    if (!digests.has(t)) digests.set(t, new LineDigest());
    digests.get(t)!.add(line);
    counts[t] = (counts[t] ?? 0) + 1;
    if (t === "events") {
      const position = Number(r.position);
      log.count += 1;
      log.min = Math.min(log.min, position);
      log.max = Math.max(log.max, position);
    }
    if (t === "event_sequence") log.sequence = Number(r.position);
  }

  if (version < FORMAT_VERSION) {
    if (!counts.event_sequence) fault("event_sequence", "no counter row: the file is truncated");
    if (issues.length) throw refuse(path, "cannot be read", issues);
    return { version, counts, lastPosition: log.max, sha256: null };
  }
  if (!manifest) throw refuse(path, "ends without its manifest: the file is truncated", issues);
  const m = manifest.value;
  if (m) checkAgainstManifest(m, { counts, digests, whole: whole.hex(), log }, fault);
  if (issues.length) throw refuse(path, "is damaged or was edited", issues);
  return { version, counts, lastPosition: m!.lastPosition, sha256: m!.sha256 };
};

const versionOf = (path: string, header: string | null, acceptUnverified: boolean): number => {
  let format: string | null = null;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(header ?? ""));
    format = parsed.success ? parsed.data.format : null;
  } catch {
    format = null;
  }
  const version = format?.startsWith(FORMAT_PREFIX) ? Number(format.slice(FORMAT_PREFIX.length)) : NaN;
  if (!Number.isInteger(version) || version < 1) throw refuse(path, `is not a Rapporteur backup (its first line should name ${FORMAT})`);
  if (version > FORMAT_VERSION)
    throw refuse(path, `is in backup format ${version}, written by a newer Rapporteur; this version reads formats 1 and ${FORMAT_VERSION}`);
  if (version < FORMAT_VERSION && !acceptUnverified)
    throw refuse(
      path,
      `is in backup format ${version}, which has no manifest and cannot be verified; restore it with --accept-unverified only if you trust the file`,
    );
  return version;
};

interface Seen {
  readonly counts: Record<string, number>;
  readonly digests: Map<string, LineDigest>;
  readonly whole: string;
  readonly log: { count: number; min: number; max: number; sequence: number | null };
}

const checkAgainstManifest = (m: Manifest, seen: Seen, fault: (where: string, message: string) => void): void => {
  if (m.format !== FORMAT) fault("manifest", `names format ${m.format}, the header ${FORMAT}`);
  for (const table of new Set([...Object.keys(m.tables), ...Object.keys(seen.counts)])) {
    const expected = m.tables[table];
    const rows = seen.counts[table] ?? 0;
    if (!expected) {
      fault(table, `${rows} rows that the manifest does not list`);
      continue;
    }
    if (rows !== expected.rows) fault(table, `${rows} rows where the manifest says ${expected.rows}: rows were removed or added`);
    else if ((seen.digests.get(table)?.hex() ?? EMPTY_SHA256) !== expected.sha256)
      fault(table, "its checksum differs from the manifest: rows were edited");
  }
  if (seen.whole !== m.sha256) fault("file", "its checksum differs from the manifest");
  const { count, min, max, sequence } = seen.log;
  if (count > 0 && (min !== 1 || max !== count)) fault("events", `positions ${min}..${max} hold ${count} events: the event log has gaps`);
  if (max !== m.lastPosition) fault("events", `the last event is at position ${max}, the manifest says ${m.lastPosition}`);
  if ((sequence ?? 0) !== m.lastPosition)
    fault("event_sequence", `the counter is at ${sequence ?? "nothing"}, the manifest says ${m.lastPosition}`);
};

const EMPTY_SHA256 = new LineDigest().hex();
