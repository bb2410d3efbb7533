import type { Amendment } from "./amendment.js";
import { consolidate, type ConsolidateOptions } from "./consolidate.js";
import type { Consolidation } from "./consolidation.js";
import type { DraftText } from "./draft-text.js";
import { votingOrder, type VotingOrder } from "./voting-order.js";

/**
 * The last few results of one pure function, by the whole of its input written out: equal input, the same result.
 * Readers of one draft (the page, the committee's compilation, the consolidation, each person's own answer) ask
 * the same question while nothing changes; it is answered once. Results are shared, so they are never changed.
 */
class Recent<R> {
  private readonly results = new Map<string, R>();

  constructor(private readonly limit: number) {}

  get(input: unknown, make: () => R): R {
    const key = JSON.stringify(input);
    const known = this.results.get(key);
    if (known !== undefined) {
      this.results.delete(key);
      this.results.set(key, known);
      return known;
    }
    const made = make();
    this.results.set(key, made);
    for (const oldest of this.results.keys()) {
      if (this.results.size <= this.limit) break;
      this.results.delete(oldest);
    }
    return made;
  }

  clear(): void {
    this.results.clear();
  }
}

const consolidations = new Recent<Consolidation>(8);
const votingOrders = new Recent<VotingOrder[]>(8);

/** `consolidate`, answered once for equal drafts, amendments and options. */
export const consolidateOnce = (draft: DraftText, tabled: readonly Amendment[], options: ConsolidateOptions = {}): Consolidation =>
  consolidations.get([draft, tabled, options], () => consolidate(draft, tabled, options));

/** `votingOrder`, answered once for equal drafts and amendments. */
export const votingOrderOnce = (draft: DraftText, tabled: readonly Amendment[]): readonly VotingOrder[] =>
  votingOrders.get([draft, tabled], () => votingOrder(draft, tabled));

/** Forgets every kept result (benchmarks measure the work itself). */
export const forgetSharedResults = (): void => {
  consolidations.clear();
  votingOrders.clear();
};
