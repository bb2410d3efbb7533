import { can, type Principal } from "../../domain/authorization.js";
import type { AccountId } from "../../domain/ids.js";
import { deadlineNoticeDue, deadlineSoonNotice } from "../../domain/notifications/rule.js";
import { allDeadlines } from "../../store/amendments/deadlines.js";
import { giveNotices, recipientsOf, type NotifyOptions } from "../../store/notifications/notify.js";
import type { WriteContext } from "../../store/write-context.js";
import type { Writer } from "../../store/write.js";

/**
 * Tells those who may table amendments to a draft (and its followers) that its deadline is an hour away or less.
 * Each person is told once per deadline instant, however often this runs and on however many instances: the
 * notice's key is unique per person, so a restart or a second instance adds nothing. Returns how many were told.
 */
export const giveDeadlineNotices = async (ctx: WriteContext, o: NotifyOptions): Promise<number> => {
  const principals = new Map<AccountId, Principal>();
  let told = 0;
  for (const d of await allDeadlines(ctx.trx)) {
    if (!deadlineNoticeDue(d.instant, ctx.now)) continue;
    const draft = await ctx.trx.selectFrom("draft_resolutions").select("published").where("id", "=", d.draftId).executeTakeFirst();
    if (!draft) continue;
    const intent = deadlineSoonNotice(d.draftId, d);
    const recipients = (await recipientsOf(ctx.trx, intent, null, principals)).filter(
      (n) => draft.published === 1 || can(principals.get(n.accountId)!, { kind: "read_unpublished" }),
    );
    told += (await giveNotices(ctx, recipients, o)).length;
  }
  return told;
};

/** The background round that gives deadline notices, like the mail sender: every minute, one round at a time. */
export class DeadlineNotices {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly writer: Writer,
    private readonly options: NotifyOptions,
    private readonly intervalMs = 60_000,
    private readonly warn: (line: string) => void = () => undefined,
  ) {}

  /** One round now; what it told is committed before it returns. */
  async round(): Promise<number> {
    const { result } = await this.writer.run(null, (ctx) => giveDeadlineNotices(ctx, this.options));
    return result;
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.round().catch((e: unknown) => this.warn(`Deadline notices: ${e instanceof Error ? e.message : String(e)}`));
    };
    tick();
    this.timer = setInterval(() => void this.running.then(tick), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
