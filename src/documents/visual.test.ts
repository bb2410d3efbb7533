import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMeetingFixture, readMeetingFixture } from "../store/reference-case/load.js";
import { Writer } from "../store/write.js";
import { freshStore, type TestStore } from "../test-support/stores.js";
import { exportDocument } from "./export.js";
import { SECRETARIAT } from "./testing.js";

const REFERENCES = fileURLToPath(new URL("./reference-png/", import.meta.url));
/** Set to write the reference images anew after a deliberate change of layout. */
const UPDATE = process.env.RAPPORTEUR_UPDATE_REFERENCE_PNG === "1";
const BLOCK = 8;

/** One page of a PDF as a grey PNG at 80 dpi, as `pdftoppm` renders it. */
const pageImage = (pdf: Uint8Array, page: number): Buffer => {
  const dir = mkdtempSync(join(tmpdir(), "rapporteur-png-"));
  try {
    writeFileSync(join(dir, "d.pdf"), pdf);
    execFileSync("pdftoppm", [
      "-png",
      "-gray",
      "-r",
      "80",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      join(dir, "d.pdf"),
      join(dir, "page"),
    ]);
    return readFileSync(join(dir, "page.png"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Mean grey level of each 8×8 block: small shifts of anti-aliasing vanish, moved or missing text does not. */
const blocks = (png: Buffer): { width: number; height: number; cells: number[] } => {
  const image = PNG.sync.read(png);
  const w = Math.floor(image.width / BLOCK);
  const h = Math.floor(image.height / BLOCK);
  const cells: number[] = [];
  for (let by = 0; by < h; by++)
    for (let bx = 0; bx < w; bx++) {
      let sum = 0;
      for (let y = 0; y < BLOCK; y++)
        for (let x = 0; x < BLOCK; x++) sum += image.data[((by * BLOCK + y) * image.width + bx * BLOCK + x) * 4] as number;
      cells.push(sum / (BLOCK * BLOCK));
    }
  return { width: w, height: h, cells };
};

/** How far two renderings are apart: the share of blocks whose grey differs by more than a tolerance. */
const difference = (a: Buffer, b: Buffer): number => {
  const x = blocks(a);
  const y = blocks(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  const off = x.cells.filter((v, i) => Math.abs(v - (y.cells[i] as number)) > 24).length;
  return off / x.cells.length;
};

const PAGES = [
  { name: "information-note-en-1", lang: "en", page: 1 },
  { name: "information-note-ar-1", lang: "ar", page: 1 },
  { name: "information-note-ar-2", lang: "ar", page: 2 },
] as const;

describe("the information note looks as it did", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore("sqlite");
    await loadMeetingFixture(new Writer(store), await readMeetingFixture());
  });
  afterAll(async () => store.dispose());

  for (const p of PAGES) {
    it(`renders ${p.name} like its reference image`, async () => {
      const pdf = await exportDocument(store.db, SECRETARIAT, {
        document: "information-note",
        symbol: "FEM/32/5.Inf-1",
        language: p.lang,
        format: "pdf",
      });
      const png = pageImage(pdf.bytes, p.page);
      const reference = join(REFERENCES, `${p.name}.png`);
      if (UPDATE) writeFileSync(reference, png);
      expect(existsSync(reference), `${reference} is missing: run with RAPPORTEUR_UPDATE_REFERENCE_PNG=1 and look at it`).toBe(true);
      expect(difference(png, readFileSync(reference))).toBeLessThan(0.01);
    });
  }

  it("tells a different page from the reference", () => {
    const reference = readFileSync(join(REFERENCES, "information-note-ar-1.png"));
    expect(difference(readFileSync(join(REFERENCES, "information-note-ar-2.png")), reference)).toBeGreaterThan(0.05);
  });
});
