import { diffWordsWithSpace } from "diff";
import { asId, type AmendmentId, type ParagraphId } from "../src/domain/ids.js";
import { multilingual } from "../src/domain/multilingual.js";
import { isAdopted, type Amendment, type AmendmentStatus } from "../src/domain/text/amendment.js";
import { consolidate } from "../src/domain/text/consolidate.js";
import { forgetDiffs } from "../src/domain/text/diff.js";
import type { DraftText } from "../src/domain/text/draft-text.js";
import type { Paragraph } from "../src/domain/text/paragraph.js";
import { renderTrackedChangesHtml } from "../src/domain/text/tracked-changes.js";
import { votingOrder } from "../src/domain/text/voting-order.js";

const VOCABULARY = (
  "parliaments governments children girls boys online sexual exploitation abuse legislation survivors " +
  "protection platforms providers law enforcement cooperation education awareness gender perspective " +
  "international national regional reporting mechanisms victims privacy data evidence prevention"
).split(" ");

/** A small deterministic generator, so every run measures the same text. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const sentence = (next: () => number, words: number): string =>
  Array.from({ length: words }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string).join(" ");

const reword = (next: () => number, text: string): string => {
  const words = text.split(" ");
  const changes = 1 + Math.floor(next() * 4);
  for (let i = 0; i < changes; i++) {
    const at = Math.floor(next() * words.length);
    const length = 1 + Math.floor(next() * 6);
    words.splice(
      at,
      next() < 0.3 ? length : Math.min(length, 2),
      ...sentence(next, Math.floor(next() * 5))
        .split(" ")
        .filter(Boolean),
    );
  }
  return words.join(" ");
};

/** 300 paragraphs (a third preambular) and 2,000 amendments: 70 % amend, 15 % insert, 15 % delete; a fifth in conflict. */
export const benchmarkData = (): { draft: DraftText; amendments: Amendment[] } => {
  const next = random(42);
  const paragraphs: Paragraph[] = Array.from({ length: 300 }, (_, i) => ({
    id: asId<ParagraphId>(`p${i + 1}`),
    kind: i < 100 ? "preambular" : "operative",
    text: multilingual("en", { en: `${i < 100 ? "Recalling" : "Calls upon"} ${sentence(next, 60)}${i < 100 ? "," : ";"}` }),
    subParagraphs: [],
  }));
  const accepted = new Set<number>();
  let conflicting = 0;
  const amendments: Amendment[] = Array.from({ length: 2000 }, (_, i) => {
    const target = (i * 7) % 300;
    const p = paragraphs[target] as Paragraph;
    const roll = next();
    const action = roll < 0.7 ? "amend" : roll < 0.85 ? "insert" : "delete";
    let status: AmendmentStatus = next() < 0.5 ? "rejected" : "submitted";
    if (action === "insert") status = "accepted";
    else if (!accepted.has(target)) {
      accepted.add(target);
      status = "accepted";
    } else if (conflicting < 400) {
      conflicting++;
      status = "accepted";
    }
    const id = asId<AmendmentId>(`A${i + 1}`);
    const base = { id, language: "en" as const, status };
    if (action === "insert") return { ...base, action, after: p.id, kind: p.kind, text: sentence(next, 40) };
    if (action === "delete") return { ...base, action, target: p.id };
    return { ...base, action, target: p.id, text: reword(next, p.text.versions.en?.text ?? "") };
  });
  return { draft: { title: null, paragraphs }, amendments };
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Each run diffs every pair anew: the engine's memo of diffs already made would otherwise time only lookups. */
const measure = (work: () => void, times: number): { ms: number; mb: number } => {
  const run = () => {
    forgetDiffs();
    work();
  };
  run();
  const ms: number[] = [];
  const mb: number[] = [];
  for (let i = 0; i < times; i++) {
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
    mb.push(Math.max(0, process.memoryUsage().heapUsed - heap) / 1048576);
  }
  return { ms: median(ms), mb: median(mb) };
};

/** Consolidation with voting order and tracked-changes HTML vs bare `diff` calls on the same text pairs. */
export async function benchTextEngine(): Promise<Array<{ name: string; ours: number; baseline: number; unit: string; ratio: number }>> {
  const { draft, amendments } = benchmarkData();
  const byId = new Map(draft.paragraphs.map((p) => [p.id, p.text.versions.en?.text ?? ""]));
  const pairs = amendments.filter((a) => a.action === "amend").map((a) => [byId.get(a.target as ParagraphId) ?? "", a.text ?? ""] as const);
  const ours = measure(() => {
    const result = consolidate(draft, amendments);
    votingOrder(draft, amendments);
    for (const p of result.paragraphs) renderTrackedChangesHtml(p.changes);
  }, 5);
  const baseline = measure(() => {
    for (const [a, b] of pairs) diffWordsWithSpace(a, b);
  }, 5);
  const consolidation = measure(() => consolidate(draft, amendments), 5);
  const oneEach = oneAdoptedPerParagraph(amendments);
  const plainApply = measure(() => consolidate(draft, oneEach), 5);
  const order = measure(() => votingOrder(draft, amendments), 5);
  const { inConflict, several, merged } = conflictFigures(draft, amendments);
  const row = (name: string, o: number, b: number, unit: string) => ({
    name,
    ours: round(o),
    baseline: round(b),
    unit,
    ratio: round(o / b),
  });
  return [
    row("consolidate 300 paragraphs × 2,000 amendments + voting order + tracked HTML: time", ours.ms, baseline.ms, "ms"),
    row("consolidate 300 paragraphs × 2,000 amendments + voting order + tracked HTML: heap growth", ours.mb, baseline.mb, "MB"),
    row("consolidate alone (word-level merge of adopted amendments): time", consolidation.ms, baseline.ms, "ms"),
    row(
      "consolidate alone vs the same draft with only the first adopted amendment of each paragraph (a plain apply: nothing to merge or dispute): time",
      consolidation.ms,
      plainApply.ms,
      "ms",
    ),
    row("voting order alone (sort once, sweep for what falls): time", order.ms, baseline.ms, "ms"),
    row(
      "paragraphs in conflict, vs paragraphs with two or more adopted amendments (each a conflict before merging)",
      inConflict,
      several,
      "paragraphs",
    ),
    row(
      "paragraphs whose adopted amendments were merged, vs paragraphs with two or more adopted amendments",
      merged,
      several,
      "paragraphs",
    ),
  ];
}

/** The amendments with only the first adopted one of each paragraph left adopted: what applies without merging. */
const oneAdoptedPerParagraph = (amendments: readonly Amendment[]): Amendment[] => {
  const taken = new Set<string>();
  return amendments.map((a) => {
    if (!isAdopted(a) || a.action === "insert" || !a.target) return a;
    if (!taken.has(a.target)) {
      taken.add(a.target);
      return a;
    }
    return { ...a, status: "rejected" };
  });
};

/** Paragraphs in conflict and merged, against those with two or more adopted amendments (all conflicts without merging). */
const conflictFigures = (draft: DraftText, amendments: readonly Amendment[]): { inConflict: number; several: number; merged: number } => {
  const result = consolidate(draft, amendments);
  const adopted = new Map<string, number>();
  for (const a of amendments.filter(isAdopted))
    if (a.action !== "insert" && a.target) adopted.set(a.target, (adopted.get(a.target) ?? 0) + 1);
  return {
    inConflict: result.paragraphs.filter((p) => p.outcome === "conflict").length,
    several: [...adopted.values()].filter((n) => n > 1).length,
    merged: result.merges.length,
  };
};

const round = (n: number): number => Math.round(n * 100) / 100;
