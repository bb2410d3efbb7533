import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { answerEncoding } from "./response-cache.js";

/** Hashed build files never change under their name; the page that names them must always be checked. */
export const ASSET_CACHE = { hashed: "public, max-age=31536000, immutable", page: "no-cache" } as const;

const TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** One built file as it is sent: its bytes, and the Brotli and gzip copies the build wrote beside it. */
interface WebFile {
  readonly type: string;
  readonly etag: string;
  readonly plain: Buffer;
  readonly br: Buffer | null;
  readonly gzip: Buffer | null;
}

const typeOf = (name: string): string => TYPES[/\.[^.]+$/.exec(name)?.[0] ?? ""] ?? "application/octet-stream";

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );

/**
 * The built web app, read into memory once at start: its files are few and never change while the server runs, so
 * an answer costs no file system call. Source maps stay on disk and are read when asked for.
 */
export const loadWebFiles = (root: string): ReadonlyMap<string, WebFile> => {
  const paths = walk(root);
  const present = new Set(paths);
  const files = new Map<string, WebFile>();
  for (const path of paths) {
    if (/\.(br|gz|map)$/.test(path)) continue;
    const plain = readFileSync(path);
    const copy = (ending: string) => (present.has(path + ending) ? readFileSync(path + ending) : null);
    files.set(`/${relative(root, path).split(sep).join("/")}`, {
      type: typeOf(path),
      etag: `"${createHash("sha256").update(plain).digest("base64url").slice(0, 22)}"`,
      plain,
      br: copy(".br"),
      gzip: copy(".gz"),
    });
  }
  return files;
};

const send = (request: FastifyRequest, reply: FastifyReply, file: WebFile, cache: string): FastifyReply => {
  reply.header("content-type", file.type).header("cache-control", cache).header("etag", file.etag).header("vary", "accept-encoding");
  if (request.headers["if-none-match"] === file.etag) return reply.code(304).send();
  // The build writes both copies of every compressible file; a file without them is compressed on the way out.
  const encoding = answerEncoding(request.headers["accept-encoding"]);
  const copy = encoding === "br" ? file.br : encoding === "gzip" ? file.gzip : null;
  return copy ? reply.header("content-encoding", encoding).send(copy) : reply.send(file.plain);
};

/**
 * Serves the built web app from memory: `/assets/*` cached for a year as immutable, the page itself revalidated by
 * its ETag; the Brotli or gzip copy written at build time when the client takes it. Returns the sender of the app's
 * page, which answers every address of the app.
 */
export const registerWebFiles = (app: FastifyInstance, root: string): ((request: FastifyRequest, reply: FastifyReply) => FastifyReply) => {
  const files = loadWebFiles(root);
  const page = files.get("/index.html");
  if (!page) throw new Error(`The web app is not built: ${root}index.html is missing`);
  app.get("/assets/*", async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const file = files.get(path);
    if (file) return send(request, reply, file, ASSET_CACHE.hashed);
    if (/^\/assets\/[\w.-]+\.js\.map$/.test(path)) {
      const map = (() => {
        try {
          return readFileSync(join(root, path));
        } catch {
          return null;
        }
      })();
      if (map) return reply.header("content-type", typeOf(path)).header("cache-control", ASSET_CACHE.hashed).send(map);
    }
    throw Object.assign(new Error("not found"), { statusCode: 404 });
  });
  return (request, reply) => send(request, reply, page, ASSET_CACHE.page);
};
