import { Command } from "commander";
import { register as registerConsolidate } from "./commands/consolidate.js";
import { register as registerExport } from "./commands/export.js";
import { register as registerImportDraft } from "./commands/import-draft.js";
import { registerOperations } from "./operations.js";

/** The `rapporteur` command line. */
export const buildProgram = (): Command => {
  const program = new Command("rapporteur")
    .description("Rapporteur: deliberation on draft resolutions, from discussion groups to the committee's revised text")
    .version("0.1.0");
  registerOperations(program);
  registerImportDraft(program);
  registerConsolidate(program);
  registerExport(program);
  return program;
};

export const main = async (argv: string[]): Promise<void> => {
  await buildProgram().parseAsync(argv);
};
