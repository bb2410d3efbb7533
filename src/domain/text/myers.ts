/** One run of an edit script over two integer sequences. */
export interface EditRun {
  readonly op: "equal" | "insert" | "delete";
  /** Start in the old sequence (equal, delete) or the new one (insert), and length. */
  readonly start: number;
  readonly length: number;
}

/**
 * Shortest edit script between two sequences of interned tokens (Myers 1986, O((N+M)·D)); runs come in
 * order, a deletion before the insertion next to it.
 */
export const myersDiff = (a: Int32Array, b: Int32Array): EditRun[] => {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    // Only diagonals -d-1 … d+1 are read back for step d: keep that window, not the whole array.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  return backtrack(trace, n, m);
};

const backtrack = (trace: Int32Array[], n: number, m: number): EditRun[] => {
  // Runs are built from the end, a step joining the run after it when it is the same op and adjacent.
  const runs: Array<{ op: EditRun["op"]; start: number; length: number }> = [];
  const add = (op: EditRun["op"], start: number, length: number): void => {
    const next = runs[runs.length - 1];
    if (next && next.op === op && start + length === next.start) {
      next.start = start;
      next.length += length;
    } else runs.push({ op, start, length });
  };
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const at = d + 1;
    const k = x - y;
    const down = k === -d || (k !== d && (v[at + k - 1] as number) < (v[at + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (v[at + prevK] as number);
    const prevY = prevX - prevK;
    const equal = Math.min(x - prevX, y - prevY);
    if (equal > 0) {
      x -= equal;
      y -= equal;
      add("equal", x, equal);
    }
    if (d > 0) {
      if (down) add("insert", --y, 1);
      else add("delete", --x, 1);
    }
    x = prevX;
    y = prevY;
  }
  return runs.reverse();
};
