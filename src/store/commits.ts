let committed = 0;

/**
 * How many changes to the event log this process has committed, by any writer on any store. A reading of the
 * event position taken before the count moved may be behind the log.
 */
export const commitsSoFar = (): number => committed;

/** Counts a change to the event log, once it is committed. */
export const countCommit = (): void => {
  committed += 1;
};
