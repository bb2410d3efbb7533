import type { Command } from "commander";
import { Option } from "commander";
import { DomainError } from "../../domain/errors.js";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { consolidate } from "../../domain/text/consolidate.js";
import type { Consolidation } from "../../domain/text/consolidation.js";
import { consolidationToHtml, consolidationToMarkdown } from "../../domain/text/render-consolidation.js";
import { votingOrder, type VotingOrder } from "../../domain/text/voting-order.js";
import { exportDraftAkn } from "../../documents/akn/export-draft.js";
import { amendmentsFromJson } from "../../documents/import/amendments-json.js";
import { readBounded, readDraftFile } from "../../documents/import/read-draft-file.js";

type Format = "json" | "md" | "html" | "akn";

/** The JSON the CLI prints: surviving paragraphs, deleted ones apart, renumbering, conflicts, voting order. */
export const consolidationJson = (c: Consolidation, orders: readonly VotingOrder[]): unknown => {
  const text = (m: { versions: Partial<Record<Language, { text: string }>> }): string => m.versions[c.language]?.text ?? "";
  const row = (p: Consolidation["paragraphs"][number]) => ({
    id: p.id,
    label: p.label,
    previousLabel: p.previousLabel,
    kind: p.kind,
    outcome: p.outcome,
    text: text(p.text),
    changes: p.changes,
    amendments: p.amendments,
    subParagraphs: p.subParagraphs.map((s) => ({
      id: s.id,
      label: s.label,
      previousLabel: s.previousLabel,
      outcome: s.outcome,
      text: text(s.text),
      changes: s.changes,
      amendments: s.amendments,
    })),
  });
  return {
    language: c.language,
    title: c.title ? { text: text(c.title.text), changes: c.title.changes, amendments: c.title.amendments } : null,
    paragraphs: c.paragraphs.filter((p) => p.outcome !== "deleted").map(row),
    deleted: c.paragraphs.filter((p) => p.outcome === "deleted").map(row),
    renumbering: c.renumbering,
    conflicts: c.conflicts.map((x) => ({ target: x.label, targetId: x.target, amendments: x.amendments })),
    votingOrder: orders.map((o) => ({ target: o.label, targetId: o.target, order: o.order, falls: o.falls })),
  };
};

const readJson = async (path: string): Promise<unknown> => {
  const text = new TextDecoder().decode(await readBounded(path));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError("malformed_json", `${path}: ${(error as Error).message}`);
  }
};

/** Registers `rapporteur consolidate DRAFT AMENDMENTS.json [--format json|md|html|akn]`. */
export function register(program: Command): void {
  program
    .command("consolidate")
    .description("Apply the accepted amendments to a draft: revised text, tracked changes, conflicts, renumbering, voting order")
    .argument("<draft>", "the draft: the JSON of import-draft or any importable file")
    .argument("<amendments>", "a JSON array of amendments")
    .addOption(new Option("--format <format>", "output format").choices(["json", "md", "html", "akn"]).default("json"))
    .addOption(new Option("--lang <language>", "language of the draft (guessed when omitted)").choices(LANGUAGES))
    .action(async (draftPath: string, amendmentsPath: string, options: { format: Format; lang?: Language }, command: Command) => {
      try {
        const { draft, language, preface } = await readDraftFile(draftPath, options.lang);
        const amendments = amendmentsFromJson(await readJson(amendmentsPath), draft, language);
        const result = consolidate(draft, amendments, { language });
        const out =
          options.format === "json"
            ? `${JSON.stringify(consolidationJson(result, votingOrder(draft, amendments)), null, 2)}\n`
            : options.format === "md"
              ? consolidationToMarkdown(result, { preface })
              : options.format === "html"
                ? consolidationToHtml(result, { preface })
                : exportDraftAkn(result.revised, language, {
                    identity: { name: "revised-draft", date: new Date().toISOString().slice(0, 10), author: "Rapporteur" },
                    preface,
                  });
        process.stdout.write(out);
      } catch (error) {
        if (error instanceof DomainError) command.error(`consolidate: ${error.message}`, { exitCode: 2, code: error.code });
        throw error;
      }
    });
}
