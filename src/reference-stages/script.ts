import type { Principal } from "../domain/authorization.js";
import type { AccountId } from "../domain/ids.js";
import { accountView, principalOf } from "../store/accounts.js";
import type { Store } from "../store/database.js";
import type { WriteContext } from "../store/write-context.js";
import { Writer } from "../store/write.js";

/** How far the clock moves between two recorded steps, so that every step has its own moment. */
const STEP_MS = 20_000;

/** After the reference case's last day: steps recorded before it belong to the story, later ones to the people using the product. */
const STORY_ENDS = "2021-12-01";

/**
 * Plays the reference case's steps as the people who took them, each through the Writer in its own
 * transaction, on the reference case's calendar instead of today's clock.
 */
export class Script {
  private time = 0;
  readonly writer: Writer;

  private constructor(readonly store: Store) {
    this.writer = new Writer(store, () => new Date(this.tick()));
  }

  /** A script that goes on from the last step of the story already recorded, so a stage played later reads the same. */
  static async resume(store: Store): Promise<Script> {
    const script = new Script(store);
    const last = await store.db
      .selectFrom("events")
      .select((eb) => eb.fn.max("time").as("time"))
      .where("time", "<", STORY_ENDS)
      .executeTakeFirst();
    const time: unknown = last?.time;
    if (time) script.time = time instanceof Date ? time.getTime() : Date.parse(String(time));
    return script;
  }

  /** Moves the clock to a moment of the reference case (UTC); never back, so the log's times rise with its positions. */
  at(iso: string): void {
    this.time = Math.max(this.time, Date.parse(iso) - STEP_MS);
  }

  /** Lets time pass before the next step (a speaker's turn, a pause in the sitting). */
  later(seconds: number): void {
    this.time += seconds * 1000;
  }

  private tick(): number {
    this.time += STEP_MS;
    return this.time;
  }

  /** The person's rights as they stand now (a designation or a join changes them). */
  async principal(accountId: AccountId): Promise<Principal> {
    return principalOf(await accountView(this.store.db, accountId));
  }

  /** Runs one command as the person, with the rights the person holds at that moment. */
  async as<T>(accountId: AccountId, command: (ctx: WriteContext, p: Principal) => Promise<T>): Promise<T> {
    const p = await this.principal(accountId);
    return (await this.writer.run(accountId, (ctx) => command(ctx, p))).result;
  }
}
