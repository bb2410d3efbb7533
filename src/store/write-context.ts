import type { Transaction } from "kysely";
import type { NewEvent } from "../domain/events.js";
import type { AccountId } from "../domain/ids.js";
import type { Schema } from "./schema.js";

/** What a command gets: the open transaction, the time of the change, and a way to record what happened. */
export interface WriteContext {
  readonly trx: Transaction<Schema>;
  readonly now: string;
  readonly actor: AccountId | null;
  record(event: NewEvent): void;
}
