import type { RecordedEvent } from "../domain/events.js";
import { claimDueMail, recordDelivered, recordFailure, type ClaimedMail } from "../store/mail/delivery.js";
import type { Writer } from "../store/write.js";
import type { MailTransport } from "./transport.js";

/** How the sender paces itself. */
export interface SenderSettings {
  /** How often it looks for due mail when nothing wakes it. */
  readonly pollMs: number;
  /** The first retry's delay; each further failure doubles it, up to `maxRetryMs`. */
  readonly retryBaseMs: number;
  readonly maxRetryMs: number;
  /** After this many attempts a mail is marked failed and left for the secretariat. */
  readonly maxAttempts: number;
  readonly leaseMs: number;
  readonly batch: number;
}

export const DEFAULT_SENDER: SenderSettings = {
  pollMs: 5000,
  retryBaseMs: 30_000,
  maxRetryMs: 3_600_000,
  maxAttempts: 25,
  leaseMs: 120_000,
  batch: 20,
};

/** The delay before the next attempt after `attempts` failures: exponential, capped; null when giving up. */
export const retryDelay = (attempts: number, s: Pick<SenderSettings, "retryBaseMs" | "maxRetryMs" | "maxAttempts">): number | null =>
  attempts >= s.maxAttempts ? null : Math.min(s.maxRetryMs, s.retryBaseMs * 2 ** Math.max(0, attempts - 1));

/** The domain part of the message id: the sender's own, so ids are unique per mail and stable across retries. */
const messageIdOf = (mail: ClaimedMail) => `<${mail.id}@rapporteur.mail>`;

/**
 * Sends queued mail in the background, outside every request: woken when a mail is queued, and on
 * a timer for retries. A failure is recorded with its next attempt; nothing is dropped.
 */
export class MailSender {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly writer: Writer,
    private readonly transport: MailTransport,
    private readonly settings: SenderSettings = DEFAULT_SENDER,
    private readonly warn: (line: string) => void = () => undefined,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Starts the timer and wakes on every committed `mail.queued` or `mail.retry_requested` event. */
  start(): void {
    this.writer.onCommit((events: readonly RecordedEvent[]) => {
      if (events.some((e) => e.type === "mail.queued" || e.type === "mail.retry_requested")) this.wake();
    });
    this.schedule();
    this.wake();
  }

  /** Runs a pass now, or right after the running one. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .then(() => undefined)
      .catch((e: unknown) => this.warn(`Mail sender: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** One pass: every due mail gets one attempt. Resolves when they are recorded. */
  async pass(): Promise<number> {
    const now = this.clock().toISOString();
    const due = await claimDueMail(this.writer.store.db, now, this.settings.leaseMs, this.settings.batch);
    for (const mail of due) {
      if (this.stopped) break;
      try {
        await this.transport.deliver({ to: mail.recipient, subject: mail.subject, text: mail.text, html: mail.html }, messageIdOf(mail));
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        await recordFailure(this.writer, mail, reason, retryDelay(mail.attempts + 1, this.settings));
        continue;
      }
      await recordDelivered(this.writer, mail, this.transport.via);
    }
    if (due.length === this.settings.batch) this.again = true;
    return due.length;
  }

  /**
   * Stops the timer, waits for the running pass at most `graceMs` (a hanging mail server must not hold
   * up a shutdown: the attempt's lease expires and the mail is tried again), and closes the transport.
   */
  async stop(graceMs = 5000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise<void>((resolve) => (grace = setTimeout(resolve, graceMs)))]);
    clearTimeout(grace);
    this.transport.close();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.wake();
      this.schedule();
    }, this.settings.pollMs);
    this.timer.unref();
  }
}
