import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const WEB = join(import.meta.dirname, "..");

const stylesheets = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith(".css") ? [relative(WEB, path)] : [];
  });

describe("stylesheets", () => {
  it("every page's stylesheet is loaded with the app, before the shared styles, so that lazily loaded pages cannot reorder them", () => {
    const imported = [...readFileSync(join(WEB, "app/styles.ts"), "utf8").matchAll(/^import "\.\.\/(.+\.css)";$/gm)].map((m) => m[1]);
    const pages = stylesheets(WEB).filter((path) => !path.startsWith("styles/"));
    expect([...imported].sort()).toEqual([...pages].sort());
    const main = readFileSync(join(WEB, "main.tsx"), "utf8");
    expect(main.indexOf('from "./app/App.js"')).toBeLessThan(main.indexOf('import "./styles/index.css"'));
    const app = readFileSync(join(WEB, "app/App.tsx"), "utf8");
    expect(app).toContain('import "./styles.js";');
    expect(app.indexOf('import "./styles.js";')).toBeLessThan(app.indexOf('from "./pages.js"'));
  });
});
