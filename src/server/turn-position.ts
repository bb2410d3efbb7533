/**
 * The event position as read for the requests of one turn of the event loop: the first read of a turn is shared
 * by the requests that ask in the same turn, and dropped at the end of it, or as soon as this server commits a
 * change. A request's position is still read before its data, so it never claims a newer state than its answer
 * (see registerPositionETags); under a crowd, many requests cost one read instead of one each.
 */
export const positionPerTurn = (read: () => Promise<number>): { read: () => Promise<number>; forget: () => void } => {
  let current: Promise<number> | null = null;
  const forget = (): void => {
    current = null;
  };
  return {
    read: () => {
      if (current) return current;
      const reading = read();
      current = reading;
      const drop = (): void => {
        if (current === reading) current = null;
      };
      setImmediate(drop);
      reading.catch(drop);
      return reading;
    },
    forget,
  };
};
