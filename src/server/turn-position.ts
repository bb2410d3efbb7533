/**
 * The event position as read for the requests of one turn of the event loop. The first read of a turn is shared
 * by the requests that ask in the same turn. It is dropped at the end of the turn, or as soon as this process
 * commits a change (COMMITS, the count of them, moves).
 *
 * Requests that arrive together are answered at a position read after they all arrived. Each request's position
 * is still read before its data, so an answer never claims a newer state than it holds (see
 * registerPositionETags). Under a crowd, many requests cost one read instead of one each.
 */
export const positionPerTurn = (read: () => Promise<number>, commits: () => number): (() => Promise<number>) => {
  let current: { reading: Promise<number>; commits: number } | null = null;
  return () => {
    if (current && current.commits === commits()) return current.reading;
    const kept = { reading: read(), commits: commits() };
    current = kept;
    const drop = (): void => {
      if (current === kept) current = null;
    };
    setImmediate(drop);
    kept.reading.catch(drop);
    return kept.reading;
  };
};
