import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** The modules a file imports for its code (not `import type`, not `import()`), followed through relative paths. */
const staticImports = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, what] of source.matchAll(/^import (?!type )(?:[^"]*? from )?"([^"]+)";$/gm)) {
    if (!what?.startsWith(".")) {
      seen.add(what ?? "");
      continue;
    }
    const base = resolve(dirname(file), what).replace(/\.js$/, "");
    const found = [".ts", ".tsx", ""].map((ending) => base + ending).find((path) => existsSync(path) && !path.endsWith(".json"));
    // The build gives the web app the contract's route table only (`route-table-plugin.ts`), not its schemas.
    if (found?.endsWith("/api/routes.ts")) seen.add(found);
    else if (found) staticImports(found, seen);
  }
  return seen;
};

describe("the app's first script", () => {
  it("imports no library, so it runs as soon as it arrives and asks for the page's code, words and reads at once", () => {
    const imported = [...staticImports(join(import.meta.dirname, "main.ts"))];
    expect(imported.filter((name) => !name.startsWith("/"))).toEqual([]);
    expect(imported.some((name) => name.endsWith("/api/early.ts"))).toBe(true);
  });
});
