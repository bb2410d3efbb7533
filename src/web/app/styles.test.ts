import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const WEB = join(import.meta.dirname, "..");

const files = (dir: string, ending: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ending);
    return ending.test(entry.name) ? [relative(WEB, path)] : [];
  });

describe("stylesheets", () => {
  it("every page's stylesheet is in the one stylesheet the page links, before the shared styles, so that code loaded later cannot reorder them", () => {
    const app = readFileSync(join(WEB, "styles/app.css"), "utf8");
    const imported = [...app.matchAll(/^@import "\.\.\/(.+\.css)";$/gm)].map((m) => m[1]);
    const pages = files(WEB, /\.css$/).filter((path) => !path.startsWith("styles/"));
    expect([...imported].sort()).toEqual([...pages].sort());
    expect(app.trimEnd().endsWith('@import "./index.css";')).toBe(true);
    expect(readFileSync(join(WEB, "index.html"), "utf8")).toContain('<link rel="stylesheet" href="./styles/app.css" />');
  });

  it("no code imports a stylesheet, whose place in the built file would then depend on how the code is split", () => {
    const importing = files(WEB, /\.tsx?$/).filter((path) => /^import "[^"]+\.css";$/m.test(readFileSync(join(WEB, path), "utf8")));
    expect(importing).toEqual([]);
  });
});
