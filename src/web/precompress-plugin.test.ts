import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { precompress } from "./precompress-plugin.js";

describe("built files compressed once, at build time", () => {
  it("writes Brotli and gzip copies that decompress to the file, and leaves small or other files alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "precompress-"));
    mkdirSync(join(dir, "nested"));
    const script = "export const words = " + JSON.stringify(Array.from({ length: 500 }, (_, i) => `word ${i}`)) + ";\n";
    writeFileSync(join(dir, "nested", "page-abc.js"), script);
    writeFileSync(join(dir, "tiny.css"), "body{margin:0}");
    writeFileSync(join(dir, "map.js.map"), script);

    expect(await precompress(dir)).toBe(1);
    const file = join(dir, "nested", "page-abc.js");
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(existsSync(join(dir, "tiny.css.br"))).toBe(false);
    expect(existsSync(join(dir, "map.js.map.br"))).toBe(false);
  });
});
