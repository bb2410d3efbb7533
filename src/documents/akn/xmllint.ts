import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The AKN 3.0 schema, in the shared/ folder cloned beside the repository. */
export const AKN_SCHEMA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/schemas/akn/akomantoso30.xsd");

/** Validates an AKN document with `xmllint --schema`; returns xmllint's complaints, empty when valid. */
export const validateAkn = (xml: string): string => {
  const dir = mkdtempSync(join(tmpdir(), "akn-"));
  const file = join(dir, "document.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", AKN_SCHEMA, file], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
