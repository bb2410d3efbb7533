import { constants } from "node:zlib";
import compress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Hashed build files never change under their name; the page that names them must always be checked. */
export const ASSET_CACHE = { hashed: "public, max-age=31536000, immutable", page: "no-cache" } as const;

/** Brotli or gzip for every compressible answer over 1 KB; Brotli at a level fast enough for answers made per request. */
export const COMPRESSION = {
  threshold: 1024,
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  gzip: { level: 6 },
} as const;

export const registerCompression = async (app: FastifyInstance): Promise<void> => {
  await app.register(compress, {
    encodings: ["br", "gzip"],
    threshold: COMPRESSION.threshold,
    brotliOptions: COMPRESSION.brotli,
    zlibOptions: COMPRESSION.gzip,
  });
};

/** Serves the built web app from ROOT: `/assets/*` cached for a year as immutable, every page revalidated. */
export const registerWebAssets = async (app: FastifyInstance, root: string): Promise<void> => {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ["index.html"],
    cacheControl: false,
    setHeaders: (res, path) => {
      const hashed = /[\\/]assets[\\/][^\\/]+$/.test(path) && !/\.html$/.test(path);
      res.setHeader("cache-control", hashed ? ASSET_CACHE.hashed : ASSET_CACHE.page);
    },
  });
};
