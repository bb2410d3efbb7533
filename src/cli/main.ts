import { Command } from "commander";
import { registerOperations } from "./operations.js";

/** The `rapporteur` command line. */
export const buildProgram = async (): Promise<Command> => {
  const program = new Command("rapporteur")
    .description("Rapporteur: deliberation on draft resolutions, from discussion groups to the committee's revised text")
    .version("0.1.0");
  registerOperations(program);
  for (const name of ["import-draft", "consolidate"]) {
    try {
      const mod = (await import(`./commands/${name}.js`)) as { register: (p: Command) => void };
      mod.register(program);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    }
  }
  return program;
};

export const main = async (argv: string[]): Promise<void> => {
  const program = await buildProgram();
  await program.parseAsync(argv);
};
