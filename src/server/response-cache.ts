/**
 * Serialized answers keyed by request and tagged with the event-log position they were read at.
 * Every state change records an event, so an answer is fresh exactly while the position is unchanged.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { position: number; body: string }>();

  constructor(private readonly capacity = 500) {}

  get(key: string, position: number): string | null {
    const hit = this.entries.get(key);
    return hit && hit.position === position ? hit.body : null;
  }

  set(key: string, position: number, body: string): void {
    this.entries.delete(key);
    this.entries.set(key, { position, body });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
