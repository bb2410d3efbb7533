import { promisify } from "node:util";
import { brotliCompress, gzip } from "node:zlib";
import { BROTLI_OPTIONS, COMPRESSION_THRESHOLD, GZIP_OPTIONS } from "./assets.js";

/** The encodings an answer is kept in besides plain text, as the compression plugin prefers them (`assets.ts`). */
export type AnswerEncoding = "br" | "gzip";

/**
 * The encoding to send to a client whose Accept-Encoding is HEADER: Brotli, else gzip, else none (a zero
 * quality refuses one; `*` accepts any).
 */
export const answerEncoding = (header: string | undefined): AnswerEncoding | null => {
  const accepted = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? (accepted.has(name) ? 0 : (accepted.get("*") ?? 0))) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : null;
};

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Compresses off the event loop (zlib's thread pool): a large answer never holds up the other requests. */
const encode = (body: string, encoding: AnswerEncoding): Promise<Buffer> =>
  encoding === "br" ? brotli(body, BROTLI_OPTIONS) : gzipped(body, GZIP_OPTIONS);

interface Answer {
  readonly position: number;
  readonly body: string;
  /** The body's UTF-8 bytes, made at the first send: sent as they are, not encoded again for every request. */
  utf8: Buffer | null;
  readonly encoded: Map<AnswerEncoding, Buffer>;
}

/**
 * Serialized answers keyed by request and tagged with the event-log position they were read at.
 * Every state change records an event, so an answer is fresh exactly while the position is unchanged.
 * Requests for one answer at one position share its reading and, once made, its compressed bytes: a crowd
 * opening the same page at once costs one reading and one compression per encoding.
 * Bounded by the number of answers and by their total length (in UTF-16 code units), the oldest set going first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Answer>();
  private readonly reading = new Map<string, Promise<string>>();
  private readonly encoding = new Map<string, Promise<Buffer>>();
  private size = 0;

  constructor(
    private readonly capacity = 500,
    private readonly capacityChars = 32 * 1024 * 1024,
  ) {}

  get(key: string, position: number): string | null {
    const hit = this.entries.get(key);
    return hit && hit.position === position ? hit.body : null;
  }

  /** The answer for KEY at POSITION: kept, being read for another request, or read now by READ and kept. */
  async answer(key: string, position: number, read: () => Promise<string>): Promise<string> {
    const kept = this.get(key, position);
    if (kept !== null) return kept;
    const flight = `${position}|${key}`;
    const pending = this.reading.get(flight);
    if (pending) return pending;
    const made = read().finally(() => this.reading.delete(flight));
    this.reading.set(flight, made);
    const body = await made;
    const current = this.entries.get(key);
    if (!current || current.position <= position) this.set(key, position, body);
    return body;
  }

  /** The kept answer for KEY at POSITION as UTF-8 bytes, encoded once; null when none is kept. */
  utf8(key: string, position: number): Buffer | null {
    const hit = this.entries.get(key);
    if (!hit || hit.position !== position) return null;
    if (!hit.utf8) {
      hit.utf8 = Buffer.from(hit.body, "utf8");
      this.size += hit.utf8.length;
      this.trim();
    }
    return hit.utf8;
  }

  /** The kept answer for KEY at POSITION in ENCODING, compressed once; null when none is kept or it is short. */
  async encoded(key: string, position: number, encoding: AnswerEncoding): Promise<Buffer | null> {
    const hit = this.entries.get(key);
    if (!hit || hit.position !== position || hit.body.length < COMPRESSION_THRESHOLD) return null;
    const kept = hit.encoded.get(encoding);
    if (kept) return kept;
    const flight = `${encoding}|${position}|${key}`;
    let pending = this.encoding.get(flight);
    if (!pending) {
      pending = encode(hit.body, encoding).finally(() => this.encoding.delete(flight));
      this.encoding.set(flight, pending);
    }
    const bytes = await pending;
    if (this.entries.get(key) === hit && !hit.encoded.has(encoding)) {
      hit.encoded.set(encoding, bytes);
      this.size += bytes.length;
      this.trim();
    }
    return hit.encoded.get(encoding) ?? bytes;
  }

  set(key: string, position: number, body: string): void {
    this.drop(key);
    if (body.length > this.capacityChars / 4) return;
    this.entries.set(key, { position, body, utf8: null, encoded: new Map() });
    this.size += body.length;
    this.trim();
  }

  private trim(): void {
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity && this.size <= this.capacityChars) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.size -= old.body.length + (old.utf8?.length ?? 0);
    for (const bytes of old.encoded.values()) this.size -= bytes.length;
    this.entries.delete(key);
  }
}

/**
 * Written files keyed by what was asked and by whom, each kept while the event log stays at the position it was
 * read at; simultaneous requests for the same file share one writing. Bounded by total bytes.
 */
export class FileCache<T extends { readonly bytes: Buffer }> {
  private readonly entries = new Map<string, { position: number; file: T }>();
  private readonly writing = new Map<string, Promise<T>>();
  private bytes = 0;

  constructor(private readonly capacityBytes = 64 * 1024 * 1024) {}

  /** The file for KEY at POSITION: from memory, from a writing already under way, or written now by MAKE. */
  async get(key: string, position: number, make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.position === position) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.file;
    }
    const flight = `${position}|${key}`;
    const pending = this.writing.get(flight);
    if (pending) return pending;
    const made = make().finally(() => this.writing.delete(flight));
    this.writing.set(flight, made);
    const file = await made;
    this.put(key, position, file);
    return file;
  }

  private put(key: string, position: number, file: T): void {
    const old = this.entries.get(key);
    if (old && old.position > position) return;
    if (old) this.bytes -= old.file.bytes.length;
    this.entries.delete(key);
    if (file.bytes.length > this.capacityBytes / 4) return;
    this.entries.set(key, { position, file });
    this.bytes += file.bytes.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.capacityBytes) break;
      this.entries.delete(k);
      this.bytes -= e.file.bytes.length;
    }
  }
}
