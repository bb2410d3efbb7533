import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|html|woff)$/;
const SMALLEST = 1024;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of DIR at the highest levels,
 * once at build time, so the server sends built files without compressing them per request.
 */
export const precompress = async (dir: string): Promise<number> => {
  let written = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!COMPRESSIBLE.test(path) || !(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    if (bytes.length < SMALLEST) continue;
    await writeFile(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    written += 1;
  }
  return written;
};

/** Vite: precompresses the built assets once the bundle is written. */
export const precompressPlugin = (): Plugin => {
  let assets = "";
  return {
    name: "rapporteur-precompress",
    apply: "build",
    configResolved: (config) => {
      assets = join(config.build.outDir, config.build.assetsDir);
    },
    closeBundle: async () => {
      await precompress(assets);
    },
  };
};
