import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Principal } from "../domain/authorization.js";
import type { AmendmentTransition } from "../domain/text/amendment-workflow.js";
import { loadDraft } from "../store/drafts.js";
import type { Store } from "../store/database.js";
import { Writer } from "../store/write.js";
import { loadMeetingFixture, readMeetingFixture } from "../store/reference-case/load.js";
import { freshStore, type TestStore } from "../test-support/stores.js";
import { transitionAmendment } from "../commands/amendments/transition.js";
import { proposeAmendment } from "../commands/amendments/propose.js";

/** The secretariat, who sees and decides everything. */
export const SECRETARIAT: Principal = { accountId: null, roles: [{ role: "secretariat", scope: null }] };

/** The reference case's draft resolution. */
export const DRAFT_SYMBOL = "C-III/143/DR";

const withFile = <T>(bytes: Uint8Array, name: string, fn: (path: string) => T): T => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-doc-"));
  try {
    writeFileSync(join(dir, name), bytes);
    return fn(join(dir, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The text of a PDF in reading order, as `pdftotext` (poppler-utils) extracts it. */
export const pdfText = (pdf: Uint8Array): string =>
  withFile(pdf, "d.pdf", (path) =>
    execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
  );

/** What `pdfinfo` says of a PDF (title, tagged, dates in ISO form…), field by field. */
export const pdfInfo = (pdf: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    withFile(pdf, "d.pdf", (path) =>
      execFileSync("pdfinfo", ["-isodates", path], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
    )
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [(m[1] ?? "").trim(), (m[2] ?? "").trim()]),
  );

/** The fonts a PDF embeds, as `pdffonts` lists them. */
export const pdfFonts = (pdf: Uint8Array): string[] =>
  withFile(pdf, "d.pdf", (path) => execFileSync("pdffonts", [path], { encoding: "utf8" }))
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((l) => (l.split(/\s+/)[0] ?? "").replace(/^[A-Z]{6}\+/, ""));

/** One part of a Word file (default word/document.xml), as `unzip -p` reads it. */
export const docxPart = (docx: Uint8Array, part = "word/document.xml"): string =>
  withFile(docx, "d.docx", (path) => execFileSync("unzip", ["-p", path, part], { encoding: "utf8" }));

/**
 * Text for comparing in logical order: without bidi controls, spaces, soft hyphens or Arabic diacritics,
 * which PDF text extraction inserts or drops around shaped and justified text.
 */
export const comparable = (text: string): string =>
  text
    .normalize("NFC")
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\u0640]/g, "")
    .replace(/\p{Mn}/gu, "")
    .replace(/\s+/g, "");

/** Whether each expected string occurs in the text, in the order given. */
export const inOrder = (text: string, expected: readonly string[]): { missing: string | null } => {
  const hay = comparable(text);
  let at = 0;
  for (const e of expected) {
    const found = hay.indexOf(comparable(e), at);
    if (found < 0) return { missing: e };
    at = found + comparable(e).length;
  }
  return { missing: null };
};

/**
 * Gives the reference draft amendments of every kind, decided as a committee would: OP1 amended and accepted,
 * PP2 amended (Arabic) and rejected, a new OP after OP2 accepted, OP4 deleted and accepted, a title amendment
 * accepted as revised, one left pending.
 */
/** A store holding the reference case with its draft amended (see `amendReferenceDraft`), for document tests. */
export const amendedReferenceStore = async (): Promise<TestStore> => {
  const store = await freshStore("sqlite");
  await loadMeetingFixture(new Writer(store), await readMeetingFixture());
  await amendReferenceDraft(store);
  return store;
};

export const amendReferenceDraft = async (store: Store, texts: { op1?: string } = {}): Promise<void> => {
  const writer = new Writer(store);
  const row = await store.db.selectFrom("draft_resolutions").select("id").where("symbol", "=", DRAFT_SYMBOL).executeTakeFirstOrThrow();
  const draft = await loadDraft(store.db, row.id, true);
  const ps = draft.text.paragraphs;
  const pre = ps.filter((p) => p.kind === "preambular");
  const op = ps.filter((p) => p.kind === "operative");
  const en = (i: number) => op[i]?.text.versions.en?.text ?? "";
  // The delegations that table amendments are on record, so none reads as a paper amendment.
  const event = await store.db.selectFrom("meeting_events").select("id").executeTakeFirstOrThrow();
  const delegation = (name: string) => ({
    id: randomUUID(),
    event_id: event.id,
    key: `test-${name.toLowerCase()}`,
    name,
    parliament: name,
    created_at: "2021-11-01T00:00:00.000Z",
  });
  await store.db.insertInto("delegations").values(["Egypt", "Spain", "Canada"].map(delegation)).execute();
  const proposals = [
    {
      action: "amend" as const,
      target: op[0]!.id,
      language: "en" as const,
      text: texts.op1 ?? en(0).replace(/^(\S+)/, "$1 all"),
      author: "Forum of Women Parliamentarians",
    },
    {
      action: "amend" as const,
      target: pre[1]!.id,
      language: "ar" as const,
      text: `${pre[1]!.text.versions.ar?.text ?? ""} ولا سيما الفتيات`,
      author: "Egypt",
    },
    {
      action: "insert" as const,
      after: op[1]!.id,
      kind: "operative" as const,
      language: "en" as const,
      text: "Invites parliaments to consult survivors when drafting legislation;",
      author: "Forum of Women Parliamentarians",
    },
    { action: "delete" as const, target: op[3]!.id, language: "en" as const, author: "Spain" },
    {
      action: "amend_title" as const,
      language: "en" as const,
      text: `${draft.text.title?.versions.en?.text ?? ""} from a gender perspective`,
      author: "Forum of Women Parliamentarians",
    },
    { action: "amend" as const, target: op[2]!.id, language: "en" as const, text: `${en(2)} (pending)`, author: "Canada" },
  ];
  const decisions: (AmendmentTransition | null)[] = [
    { type: "accept" },
    { type: "reject" },
    { type: "accept" },
    { type: "accept" },
    { type: "accept_as_revised", revisedText: `${draft.text.title?.versions.en?.text ?? ""}, from a gender perspective` },
    null,
  ];
  for (const [i, input] of proposals.entries()) {
    const { result } = await writer.run(null, (ctx) => proposeAmendment(ctx, SECRETARIAT, draft, { ...input, submit: true }));
    const decision = decisions[i];
    if (decision) await writer.run(null, (ctx) => transitionAmendment(ctx, SECRETARIAT, result.amendment.id, decision, result.version));
  }
};
