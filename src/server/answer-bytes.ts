import { brotliCompressSync, gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import { COMPRESSION } from "./assets.js";

type Encoding = "br" | "gzip";

/**
 * Serialized answers kept as the bytes sent, keyed by request and tagged with the event-log position they were
 * read at, like ResponseCache: an answer is fresh exactly while the position is unchanged. The bytes are encoded
 * once, and each compressed form of them is made once (see sendKept). Bounded by the number of answers and by
 * their total bytes, the oldest set going first.
 */
export class AnswerBytes {
  private readonly entries = new Map<string, { position: number; body: Buffer }>();
  private size = 0;

  constructor(
    private readonly capacity = 500,
    private readonly capacityBytes = 32 * 1024 * 1024,
  ) {}

  get(key: string, position: number): Buffer | null {
    const hit = this.entries.get(key);
    return hit && hit.position === position ? hit.body : null;
  }

  set(key: string, position: number, text: string): void {
    this.drop(key);
    const body = Buffer.from(text, "utf8");
    if (body.length > this.capacityBytes / 4) return;
    this.entries.set(key, { position, body });
    this.size += body.length;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity && this.size <= this.capacityBytes) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.size -= old.body.length;
    this.entries.delete(key);
  }
}

/** Each kept body's compressed forms, made on first need; they go with the body they were made from. */
const compressed = new WeakMap<Buffer, Partial<Record<Encoding, Buffer>>>();

const compress = (body: Buffer, encoding: Encoding): Buffer => {
  let forms = compressed.get(body);
  if (!forms) compressed.set(body, (forms = {}));
  return (forms[encoding] ??= encoding === "br" ? brotliCompressSync(body, COMPRESSION.brotli) : gzipSync(body, COMPRESSION.gzip));
};

const negotiated = new Map<string, Encoding | null>();

/**
 * The encoding the compression plugin would choose for ACCEPT among Brotli and gzip (in that order of
 * preference; `*` and `x-gzip` read as gzip), or null for none.
 */
export const chooseEncoding = (accept: string | undefined): Encoding | null => {
  if (!accept) return null;
  const known = negotiated.get(accept);
  if (known !== undefined) return known;
  let best: Encoding | null = null;
  let bestQuality = 0;
  for (const part of accept.toLowerCase().split(",")) {
    const [rawName = "", ...params] = part.split(";");
    const name = rawName.trim().replace(/^(\*|x-gzip)$/, "gzip");
    if (name !== "br" && name !== "gzip") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q === undefined ? 1 : Number.parseFloat(q.slice(2)) || 0;
    if (quality > bestQuality || (quality === bestQuality && quality > 0 && name === "br")) {
      best = name;
      bestQuality = quality;
    }
  }
  if (negotiated.size < 256) negotiated.set(accept, best);
  return best;
};

/**
 * Sends a kept answer: its bytes, or, when the reader accepts Brotli or gzip, its compressed form made once for
 * those bytes, with the headers the compression plugin would give (which then leaves the answer alone).
 */
export const sendKept = (request: FastifyRequest, reply: FastifyReply, body: Buffer | string): FastifyReply => {
  if (typeof body === "string" || body.length < COMPRESSION.threshold || request.headers["x-no-compression"] !== undefined) {
    return reply.send(body);
  }
  const encoding = chooseEncoding(request.headers["accept-encoding"]);
  if (encoding === null) return reply.send(body);
  const vary = reply.getHeader("vary");
  if (vary === undefined) reply.header("vary", "accept-encoding");
  else if (!String(vary).includes("accept-encoding")) reply.header("vary", `${String(vary)}, accept-encoding`);
  return reply.header("content-encoding", encoding).send(compress(body, encoding));
};
