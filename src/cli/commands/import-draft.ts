import type { Command } from "commander";
import { Option } from "commander";
import { DomainError } from "../../domain/errors.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { draftToJson } from "../../documents/import/draft-json.js";
import { importDraftFile } from "../../documents/import/read-draft-file.js";

/** Registers `rapporteur import-draft FILE [--lang L] --format json|table`. */
export function register(program: Command): void {
  program
    .command("import-draft")
    .description(
      "Read a draft resolution (Word, Markdown, HTML, text or Akoma Ntoso) and print its paragraphs, front matter and what was left out",
    )
    .argument("<file>", "the draft file")
    .addOption(new Option("--lang <language>", "language of the draft (read from its script and words when omitted)").choices(LANGUAGES))
    .addOption(new Option("--format <format>", "output format").choices(["json", "table"]).default("json"))
    .action(async (file: string, options: { lang?: Language; format: "json" | "table" }, command: Command) => {
      try {
        const imported = await importDraftFile(file, options.lang);
        const json = draftToJson(imported.draft, imported.language);
        if (options.format === "json") {
          const out = {
            ...json,
            language: imported.language,
            preface: imported.preface,
            frontMatter: imported.frontMatter,
            // The CLI prints the reasons in English, as it always has; their codes are for the interfaces' languages.
            leftOut: imported.leftOut.map(({ text, where, why }) => ({ text, where, why })),
            decisions: imported.decisions.map(({ because: _codes, ...decision }) => decision),
          };
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        } else {
          for (const d of imported.decisions) process.stdout.write(`${d.where}\t${d.role}\t${d.reason}\t${d.text.slice(0, 60)}\n`);
        }
      } catch (error) {
        if (error instanceof DomainError) command.error(`import-draft: ${error.message}`, { exitCode: 2, code: error.code });
        throw error;
      }
    });
}
