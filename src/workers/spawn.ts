import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { z } from "zod";

/** Under the sources (tests, tsx) a worker must first teach Node to read TypeScript; the built files need nothing. */
const BOOT_TYPESCRIPT = `const { workerData } = require("node:worker_threads");
import(workerData.typescriptLoader).then((api) => { api.register(); return import(workerData.entry); });`;

/** What is read of tsx's package.json: its export map. */
const packageExports = z.looseObject({
  exports: z.record(
    z.string(),
    z.union([z.string(), z.looseObject({ import: z.looseObject({ default: z.string().optional() }).optional() })]),
  ),
});

/** The ESM entry of tsx's loader API, read from its package's exports rather than guessed. */
const typescriptLoader = (): string => {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const api = packageExports.parse(JSON.parse(readFileSync(manifest, "utf8"))).exports["./esm/api"];
  const entry = typeof api === "object" ? api.import?.default : undefined;
  if (!entry) throw new Error("tsx does not export ./esm/api; workers cannot load the TypeScript sources");
  return pathToFileURL(join(dirname(manifest), entry)).href;
};

/**
 * Starts a worker thread on the module NAME beside this folder's caller: the compiled `.js` when it exists (dist/),
 * otherwise the `.ts` source through tsx (tests and development).
 */
export const spawnWorker = (base: string, name: string, resourceLimits: ResourceLimits): Worker => {
  const compiled = new URL(`./${name}.js`, base);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, { resourceLimits });
  const source = new URL(`./${name}.ts`, base);
  if (!existsSync(fileURLToPath(source))) throw new Error(`The worker ${name} is missing beside ${fileURLToPath(base)}`);
  return new Worker(BOOT_TYPESCRIPT, {
    eval: true,
    resourceLimits,
    workerData: { entry: source.href, typescriptLoader: typescriptLoader() },
  });
};
