import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../i18n/en.json" with { type: "json" };

const flatten = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe("the setup namespace", () => {
  it("names every field the set-up screens look up", () => {
    const defined = new Set(flatten(en));
    const fields =
      readFileSync(join(import.meta.dirname, "useFieldLabels.ts"), "utf8")
        .match(/"(\w+)"/g)
        ?.map((s) => `setup.field.${s.slice(1, -1)}`) ?? [];
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((k) => !defined.has(k))).toEqual([]);
  });
});
