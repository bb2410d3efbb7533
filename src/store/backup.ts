import type { Store } from "./database.js";
import { restoreBackup, type RestoreOptions } from "./backup/restore.js";
import { writeBackup } from "./backup/snapshot.js";

export { verifyBackup, type VerifiedBackup } from "./backup/verify.js";
export { FORMAT as BACKUP_FORMAT } from "./backup/format.js";

/**
 * Writes every table as JSON lines from one snapshot, ending with a manifest of row counts, the
 * last event position and SHA-256 checksums. The format is the same for SQLite and PostgreSQL.
 */
export const backup = async (store: Store, path: string): Promise<Record<string, number>> => (await writeBackup(store, path)).counts;

/** Verifies a backup against its manifest, then restores it in one transaction. */
export const restore = async (store: Store, path: string, options: RestoreOptions): Promise<Record<string, number>> => ({
  ...(await restoreBackup(store, path, options)).counts,
});
