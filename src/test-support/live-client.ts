import WebSocket from "ws";
import type { SittingId } from "../domain/ids.js";

export interface LiveMessage {
  type: string;
  position?: number;
  event?: { position: number; type: string; sittingId: SittingId | null; payload: unknown };
  code?: string;
}

/** A live-channel client for tests: collects every message and waits for the ones it expects. */
export class TestLiveClient {
  readonly messages: LiveMessage[] = [];
  private waiters: (() => void)[] = [];
  /** How the server closed the socket: code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(private readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on("message", (data) => {
      this.messages.push(JSON.parse(data.toString()) as LiveMessage);
      for (const w of this.waiters) w();
    });
  }

  static async connect(baseUrl: string, cookie?: string, headers: Record<string, string> = {}): Promise<TestLiveClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/v1/live`, {
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    return new TestLiveClient(socket);
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  /** Waits until `predicate` holds for the messages so far, or fails after `ms`. */
  async until(predicate: (messages: LiveMessage[]) => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate(this.messages)) {
      if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  events(): number[] {
    return this.messages.filter((m) => m.type === "event").map((m) => m.event!.position);
  }

  close(): void {
    this.socket.close();
  }
}
