import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** One benchmark row: our figure and the baseline's, measured in the same run. */
export interface BenchRow {
  readonly name: string;
  readonly ours: number;
  readonly baseline: number;
  readonly unit: string;
  readonly ratio: number | null;
}

export type Measured = Omit<BenchRow, "ratio">;

interface Module {
  readonly label: string;
  readonly file: string;
  readonly run: (mod: Record<string, unknown>) => Promise<unknown>;
  readonly optional: boolean;
}

const MODULES: readonly Module[] = [
  { label: "HTTP", file: "./http.ts", run: (m) => call(m, "benchHttp"), optional: false },
  { label: "live channel", file: "./live.ts", run: (m) => call(m, "benchLive"), optional: false },
  { label: "text engine", file: "./text-engine.ts", run: (m) => call(m, "benchTextEngine"), optional: true },
  { label: "documents", file: "./documents.ts", run: (m) => call(m, "benchDocuments"), optional: true },
  { label: "answers", file: "./answers.ts", run: (m) => call(m, "benchAnswers"), optional: true },
  { label: "pages", file: "./pages.ts", run: (m) => call(m, "benchPages"), optional: true },
];

const RESULTS = fileURLToPath(new URL("../bench-results.json", import.meta.url));

const call = async (mod: Record<string, unknown>, name: string): Promise<unknown> => {
  const fn = mod[name];
  if (typeof fn !== "function") throw new Error(`the module exports no ${name}()`);
  return (fn as () => Promise<unknown>)();
};

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

const digitsFor = (value: number): number => (Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 10 ? 1 : 2);

/** Checks a module's rows and computes each ratio the same way: ours / baseline, to 2 decimals. */
const toRows = (label: string, value: unknown): BenchRow[] => {
  if (!Array.isArray(value)) throw new Error(`${label} returned ${typeof value}, not an array of rows`);
  return value.map((raw: unknown, i) => {
    const r = raw as Partial<Record<keyof Measured, unknown>>;
    if (typeof r.name !== "string" || typeof r.ours !== "number" || typeof r.baseline !== "number" || typeof r.unit !== "string") {
      throw new Error(`${label} row ${i} is not {name, ours, baseline, unit}`);
    }
    const ours = round(r.ours, digitsFor(r.ours));
    const baseline = round(r.baseline, digitsFor(r.baseline));
    const ratio = Number.isFinite(r.ours / r.baseline) ? round(r.ours / r.baseline, 2) : null;
    return { name: r.name, ours, baseline, unit: r.unit, ratio };
  });
};

const cell = (value: number | null): string =>
  value === null || Number.isNaN(value) ? "–" : value.toLocaleString("en-US", { maximumFractionDigits: 2 });

const table = (rows: readonly BenchRow[]): string =>
  [
    "| benchmark | ours | baseline | unit | ratio |",
    "| --- | ---: | ---: | --- | ---: |",
    ...rows.map((r) => `| ${r.name.replaceAll("|", "\\|")} | ${cell(r.ours)} | ${cell(r.baseline)} | ${r.unit} | ${cell(r.ratio)} |`),
  ].join("\n");

const main = async (): Promise<void> => {
  const rows: BenchRow[] = [];
  let failed = false;
  for (const m of MODULES) {
    const url = new URL(m.file, import.meta.url);
    if (m.optional && !existsSync(fileURLToPath(url))) {
      console.log(`Note: skipping the ${m.label} benchmarks: ${m.file} does not exist.`);
      continue;
    }
    const started = Date.now();
    console.log(`Running the ${m.label} benchmarks…`);
    try {
      const measured = toRows(m.label, await m.run((await import(url.href)) as Record<string, unknown>));
      rows.push(...measured);
      console.log(`  ${measured.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.log(`Note: the ${m.label} benchmarks did not run: ${error instanceof Error ? error.message : String(error)}`);
      if (!m.optional) failed = true;
    }
  }
  console.log(`\n${table(rows)}\n`);
  await writeFile(RESULTS, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`Wrote ${rows.length} rows to ${RESULTS}; ratio = ours / baseline.`);
  process.exit(failed ? 1 : 0);
};

await main();
