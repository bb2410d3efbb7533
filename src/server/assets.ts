import { constants } from "node:zlib";
import compress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/** Answers smaller than this are sent as they are. */
export const COMPRESSION_THRESHOLD = 1024;
/** Brotli at a level fast enough for answers made per request. */
export const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
export const GZIP_OPTIONS = { level: 6 };

/** Brotli or gzip for every compressible answer over 1 KB. */
export const registerCompression = async (app: FastifyInstance): Promise<void> => {
  await app.register(compress, {
    encodings: ["br", "gzip"],
    threshold: COMPRESSION_THRESHOLD,
    brotliOptions: BROTLI_OPTIONS,
    zlibOptions: GZIP_OPTIONS,
  });
};
