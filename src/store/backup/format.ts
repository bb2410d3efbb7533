import { createHash, type Hash } from "node:crypto";
import { z } from "zod";
import { DomainError, type ErrorIssue } from "../../domain/errors.js";
import { TABLES, type TableName } from "../schema.js";

/** The backup format this version writes; version 1 had no manifest. */
export const FORMAT_VERSION = 2;
export const FORMAT = `rapporteur-backup/${FORMAT_VERSION}`;
export const FORMAT_PREFIX = "rapporteur-backup/";

export const headerSchema = z.object({ format: z.string(), createdAt: z.string().optional(), source: z.string().optional() });

/** The last line of a backup: what the file must hold, so a restore can prove nothing was lost or changed. */
export const manifestSchema = z.strictObject({
  format: z.string(),
  lastPosition: z.number().int().min(0),
  tables: z.record(z.string(), z.strictObject({ rows: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const rowLineSchema = z.strictObject({ t: z.string(), r: z.record(z.string(), z.unknown()) });

export const isTable = (name: string): name is TableName => (TABLES as readonly string[]).includes(name);

/** SHA-256 over lines exactly as written, each with its newline. */
export class LineDigest {
  private readonly hash: Hash = createHash("sha256");
  add(line: string): void {
    this.hash.update(line, "utf8");
    this.hash.update("\n");
  }
  hex(): string {
    return this.hash.digest("hex");
  }
}

/** The refusal of a backup file: one message naming the file, each fault as an issue. */
export const refuse = (path: string, summary: string, issues: readonly ErrorIssue[] = []): DomainError =>
  new DomainError("validation_failed", `${path}: ${summary}; nothing was restored`, issues);
