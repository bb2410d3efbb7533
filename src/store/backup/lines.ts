import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** The lines of a backup file with their numbers (from 1), read as a stream so size does not matter. */
export async function* backupLines(path: string): AsyncGenerator<{ readonly n: number; readonly line: string }> {
  const input = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) yield { n: ++n, line };
  } finally {
    lines.close();
    input.destroy();
  }
}
