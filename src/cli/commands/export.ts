import type { Command } from "commander";
import { Option } from "commander";
import { writeFile } from "node:fs/promises";
import type { Principal } from "../../domain/authorization.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { DOCUMENT_NAMES, type DocumentName } from "../../documents/catalogue.js";
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from "../../documents/export.js";
import { loadResolutionSource } from "../../documents/sources.js";
import { isAdopted } from "../../domain/text/amendment.js";
import { loadConfig } from "../../config.js";
import { lastPosition } from "../../store/events.js";
import { loadMeetingFixture, readMeetingFixture } from "../../store/reference-case/load.js";
import { Writer } from "../../store/write.js";
import { guarded, withStore } from "../operations.js";

/** Whoever runs the command line holds the database: they export as the secretariat, unpublished texts included. */
const OPERATOR: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };

/** Which revision a revised or adopted text is, and the amendments that produced it, in a sentence. */
const revisionInWords = async (db: Parameters<typeof loadResolutionSource>[0], symbol: string): Promise<string> => {
  const source = await loadResolutionSource(db, OPERATOR, symbol);
  const { revision } = source;
  const adopted = source.amendments.filter((a) => isAdopted(a.amendment)).map((a) => a.number);
  const from = `from ${source.draft.symbol} by ${adopted.length ? `amendment(s) ${adopted.join(", ")}` : "no amendment"}`;
  if (revision.stage === null)
    return `${source.draft.symbol} has not been revised yet; the text shows ${revision.symbol} as it would be, ${from}.`;
  const when = [
    revision.revisedAt ? `revised on ${revision.revisedAt.slice(0, 10)}` : null,
    revision.adoptedAt ? `adopted on ${revision.adoptedAt.slice(0, 10)}` : null,
  ].filter(Boolean);
  return `The current revision is ${revision.symbol} (${when.join(", ")}), ${from}.`;
};

interface ExportOptions {
  symbol: string;
  lang: Language;
  format: ExportFormat;
  out: string;
  clean?: boolean;
}

/** Registers `rapporteur export DOCUMENT --symbol SYMBOL --lang L --format pdf|docx|html|akn --out FILE`. */
export function register(program: Command): void {
  program
    .command("export")
    .description(
      "Write a document from the data: information note, group report, amendments, annotated table, revised draft, adopted resolution, participation report",
    )
    .addArgument(program.createArgument("<document>", "the document").choices(DOCUMENT_NAMES))
    .requiredOption(
      "--symbol <symbol>",
      "the note's or the draft's symbol, e.g. FEM/32/5.Inf-1 or C-III/143/DR; a group report: the note's symbol and /G<number>, e.g. FEM/32/5.Inf-1/G1",
    )
    .addOption(new Option("--lang <language>", "language of the document").choices(LANGUAGES).makeOptionMandatory())
    .addOption(new Option("--format <format>", "file format").choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption("--out <file>", "where to write the file")
    .option("--clean", "revised and adopted texts without tracked changes")
    .action(
      guarded(async (document: DocumentName, options: ExportOptions) => {
        await withStore(async (store) => {
          // A database never served yet starts with the reference case, as `serve` would give it.
          if (loadConfig().loadReferenceCase && (await lastPosition(store.db)) === 0) {
            await loadMeetingFixture(new Writer(store), await readMeetingFixture(), { onlyIntoEmpty: true });
            console.error("rapporteur: the database was empty; loaded the reference case first.");
          }
          const file = await exportDocument(store.db, OPERATOR, {
            document,
            symbol: options.symbol,
            language: options.lang,
            format: options.format,
            changes: options.clean ? "clean" : "tracked",
          });
          await writeFile(options.out, file.bytes);
          console.log(
            `Wrote the ${document} ${options.symbol} (${options.lang}, ${options.format}, ${file.bytes.length} bytes) to ${options.out}.`,
          );
          if (document === "revised-draft" || document === "adopted-resolution")
            console.log(await revisionInWords(store.db, options.symbol));
        });
      }),
    );
}
