import { promisify } from "node:util";
import { brotliCompress, gzip } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import { BROTLI_OPTIONS, COMPRESSION_THRESHOLD, GZIP_OPTIONS } from "./assets.js";
import type { ResponseCache } from "./response-cache.js";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export type Encoding = "br" | "gzip";

/** The encoding a client takes for a JSON answer: Brotli, else gzip, else none (a weight of 0 refuses one). */
export const acceptedEncoding = (header: string | string[] | undefined): Encoding | null => {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => accepted.get(name) ?? (accepted.get("*") || 0);
  if (weight("br") > 0) return "br";
  if (weight("gzip") > 0) return "gzip";
  return null;
};

const compress = (body: string, encoding: Encoding): Promise<Buffer> =>
  encoding === "br" ? brotli(body, BROTLI_OPTIONS) : gzipped(body, GZIP_OPTIONS);

/**
 * Sends a cached JSON answer compressed as the client accepts, compressing it once per position and encoding
 * (off the event loop) and keeping the bytes beside the answer: a crowd reading the same answer costs one compression.
 */
export const sendCachedJson = async (
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  cache: ResponseCache,
  key: string,
  position: number,
  body: string,
): Promise<FastifyReply> => {
  reply.status(status).type("application/json; charset=utf-8");
  const encoding = body.length >= COMPRESSION_THRESHOLD ? acceptedEncoding(request.headers["accept-encoding"]) : null;
  if (!encoding) return reply.send(body);
  let bytes = cache.encoded(key, position, encoding);
  if (!bytes) {
    bytes = await compress(body, encoding);
    cache.keepEncoded(key, position, encoding, bytes);
  }
  return reply.header("vary", "accept-encoding").header("content-encoding", encoding).send(bytes);
};
