import { Option, type Command } from "commander";
import { ConfigError, loadConfig } from "../config.js";
import { DomainError } from "../domain/errors.js";
import { startServer } from "../runtime.js";
import { backup, restore } from "../store/backup.js";
import { openStore } from "../store/database.js";
import { createAdmin, FIRST_SECRETARIAT_EMAIL } from "../store/first-start.js";
import { migrateToLatest } from "../store/migrate.js";
import { Writer } from "../store/write.js";
import { REFERENCE_STAGES } from "../reference-stages/stages.js";

/** Runs a command; a configuration or domain error ends it with a message and exit code 1, never a stack trace. */
export const guarded =
  <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
  async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (error) {
      if (error instanceof ConfigError || error instanceof DomainError) {
        console.error(`rapporteur: ${error.message}`);
        if (error instanceof DomainError) for (const i of error.issues) console.error(`  ${i.path}: ${i.message}`);
      } else {
        console.error(`rapporteur: ${(error as Error).message ?? String(error)}`);
      }
      process.exitCode = 1;
    }
  };

/** Opens the store given by DATABASE_URL, brought to the latest schema, for the length of one command. */
export const withStore = async <T>(fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> => {
  const config = loadConfig();
  const store = await openStore(config.store).catch((error: Error) => {
    throw new ConfigError(`Cannot open the store given by DATABASE_URL: ${error.message}`);
  });
  try {
    await migrateToLatest(store.db);
    return await fn(store);
  } finally {
    await store.close();
  }
};

/** serve, migrate, create-admin, backup and restore. */
export const registerOperations = (program: Command): void => {
  program
    .command("serve")
    .description(
      "Start the server (PORT, DATABASE_URL, REDIS_URL; RAPPORTEUR_EMPTY=1 starts without the reference case, RAPPORTEUR_REFERENCE_STAGE plays it further)",
    )
    .option("--empty", "start with an empty database instead of the reference case")
    .addOption(
      new Option("--reference-stage <stage>", "play the reference case up to this stage on start (or RAPPORTEUR_REFERENCE_STAGE)").choices(
        REFERENCE_STAGES,
      ),
    )
    .action(
      guarded(async (opts: { empty?: boolean; referenceStage?: string }) => {
        const config = loadConfig({
          ...process.env,
          ...(opts.empty ? { RAPPORTEUR_EMPTY: "1" } : {}),
          ...(opts.referenceStage ? { RAPPORTEUR_REFERENCE_STAGE: opts.referenceStage } : {}),
        });
        const running = await startServer(config).catch((error: Error) => {
          if (error instanceof ConfigError || error instanceof DomainError) throw error;
          throw new ConfigError(`Cannot start: ${error.message}. Check DATABASE_URL, REDIS_URL and PORT.`);
        });
        const stop = async () => {
          await running.stop();
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }),
    );
  program
    .command("migrate")
    .description("Bring the database to the latest schema")
    .action(
      guarded(async () => {
        await withStore(async (store) => console.log(`Store (${store.kind}) is at the latest schema.`));
      }),
    );
  program
    .command("create-admin")
    .description("Create a secretariat account (or reuse it) and print a one-time sign-in link")
    .option("--email <email>", "the account's email", FIRST_SECRETARIAT_EMAIL)
    .option("--name <name>", "the account's display name", "Secretariat")
    .action(
      guarded(async (opts: { email: string; name: string }) => {
        const config = loadConfig();
        await withStore(async (store) => {
          const link = await createAdmin(new Writer(store), config.publicUrl, opts.email, opts.name);
          console.log(`One-time sign-in link for ${opts.email} (valid 24 hours):\n  ${link}`);
        });
      }),
    );
  program
    .command("backup <file>")
    .description(
      "Write the whole database to FILE from one snapshot, with a manifest of counts and checksums (portable between SQLite and PostgreSQL)",
    )
    .action(
      guarded(async (file: string) => {
        await withStore(async (store) => {
          const counts = await backup(store, file);
          console.log(`Backed up ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${store.kind} to ${file}.`);
        });
      }),
    );
  program
    .command("restore <file>")
    .description("Verify FILE against its manifest, then restore it; refuses a damaged file, and a non-empty database without --replace")
    .option("--replace", "overwrite a database that already holds data")
    .option("--accept-unverified", "accept a backup in format 1, written before backups carried a manifest")
    .action(
      guarded(async (file: string, opts: { replace?: boolean; acceptUnverified?: boolean }) => {
        await withStore(async (store) => {
          const counts = await restore(store, file, { replace: opts.replace ?? false, acceptUnverified: opts.acceptUnverified ?? false });
          console.log(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${store.kind}.`);
        });
      }),
    );
};
