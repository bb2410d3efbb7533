import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../test-support/app.js";
import { registerCompression } from "./assets.js";
import { ASSET_CACHE, registerWebFiles } from "./web-files.js";

describe("web assets", () => {
  let root: string;
  let app: FastifyInstance;
  const script = `export const page = ${JSON.stringify("Rapporteur ".repeat(500))};\n`;
  const built = `export const built = ${JSON.stringify("Assemblée ".repeat(300))};\n`;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "rapporteur-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), `<!doctype html><script type="module" src="/assets/index-3f9a1c.js"></script>`);
    writeFileSync(join(root, "assets", "index-3f9a1c.js"), script);
    // The build's compressed copies hold a marker of their own: served, it proves nothing was compressed per request.
    writeFileSync(join(root, "assets", "page-77aa.js"), built);
    writeFileSync(join(root, "assets", "page-77aa.js.br"), brotliCompressSync(`${built}// built\n`));
    writeFileSync(join(root, "assets", "page-77aa.js.gz"), gzipSync(`${built}// built gzip\n`));
    app = Fastify();
    await registerCompression(app);
    const page = registerWebFiles(app, root);
    app.setNotFoundHandler((request, reply) => page(request, reply));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("caches hashed assets for a year as immutable, compressed with Brotli when the build wrote no copy", async () => {
    const res = await app.inject({ url: "/assets/index-3f9a1c.js", headers: { "accept-encoding": "br, gzip" } });
    expect(res.headers["cache-control"]).toBe(ASSET_CACHE.hashed);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it("sends the copy compressed at build time when there is one, with the file's type and cache", async () => {
    const br = await app.inject({ url: "/assets/page-77aa.js", headers: { "accept-encoding": "gzip, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toBe(ASSET_CACHE.hashed);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(`${built}// built\n`);
    const gz = await app.inject({ url: "/assets/page-77aa.js", headers: { "accept-encoding": "gzip" } });
    expect(gunzipSync(gz.rawPayload).toString()).toBe(`${built}// built gzip\n`);
    const plain = await app.inject({ url: "/assets/page-77aa.js", headers: { "accept-encoding": "identity" } });
    expect(plain.body).toBe(built);
  });

  it("revalidates the page itself, also when it answers an address of the app", async () => {
    expect((await app.inject({ url: "/" })).headers["cache-control"]).toBe("no-cache");
    const deep = await app.inject({ url: "/sittings/42" });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers["cache-control"]).toBe("no-cache");
    expect(deep.body).toContain("/assets/index-3f9a1c.js");
  });

  it("answers a page the browser already holds with 304, by its ETag", async () => {
    const first = await app.inject({ url: "/drafts/7" });
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({ url: "/drafts/8", headers: { "if-none-match": String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect((await app.inject({ url: "/drafts/8", headers: { "if-none-match": '"other"' } })).statusCode).toBe(200);
  });

  it("refuses an encoding the client gives q=0, and a file that is not in the build", async () => {
    const res = await app.inject({ url: "/assets/page-77aa.js", headers: { "accept-encoding": "br;q=0, gzip" } });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect((await app.inject({ url: "/assets/nothing-1234.js" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/assets/../index.html" })).statusCode).not.toBe(500);
  });
});

describe("API answers", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp("sqlite", { referenceCase: false });
  });
  afterAll(async () => t.close());

  it("are compressed with Brotli or gzip as the client accepts, and not for a client that accepts neither", async () => {
    const br = await t.app.inject({ url: "/api/openapi.json", headers: { "accept-encoding": "gzip, br" } });
    const gzip = await t.app.inject({ url: "/api/openapi.json", headers: { "accept-encoding": "gzip" } });
    const plain = await t.app.inject({ url: "/api/openapi.json", headers: { "accept-encoding": "identity" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(br.rawPayload.length * 4).toBeLessThan(plain.rawPayload.length);
  });
});
