/**
 * Serialized answers keyed by request and tagged with the event-log position they were read at.
 * Every state change records an event, so an answer is fresh exactly while the position is unchanged.
 * Each may also keep its compressed bytes, made once per position and encoding instead of once per request.
 * Bounded by the number of answers and by their total length (UTF-16 code units of the answers plus compressed
 * bytes), the oldest set going first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { position: number; body: string; encoded: Map<string, Buffer> }>();
  private size = 0;

  constructor(
    private readonly capacity = 500,
    private readonly capacityChars = 32 * 1024 * 1024,
  ) {}

  get(key: string, position: number): string | null {
    const hit = this.entries.get(key);
    return hit && hit.position === position ? hit.body : null;
  }

  set(key: string, position: number, body: string): void {
    this.drop(key);
    if (body.length > this.capacityChars / 4) return;
    this.entries.set(key, { position, body, encoded: new Map() });
    this.size += body.length;
    this.trim();
  }

  /** The answer for KEY at POSITION as compressed once in ENCODING, if it was. */
  encoded(key: string, position: number, encoding: string): Buffer | null {
    const hit = this.entries.get(key);
    return (hit && hit.position === position && hit.encoded.get(encoding)) || null;
  }

  /** Keeps the answer's bytes in ENCODING beside it, while it is still the answer at POSITION (counted in the bound). */
  keepEncoded(key: string, position: number, encoding: string, bytes: Buffer): void {
    const hit = this.entries.get(key);
    if (!hit || hit.position !== position || hit.encoded.has(encoding)) return;
    hit.encoded.set(encoding, bytes);
    this.size += bytes.length;
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
    this.size -= old.body.length;
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
