import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ar from "../i18n/ar.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import es from "../i18n/es.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const files = { en, fr, es, ar } as const;

const flatten = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const keysOf = (language: keyof typeof files) => flatten((files[language] as Record<string, unknown>).committee, "committee");

describe("the committee namespace in the four interface languages", () => {
  it("has the same keys in every language, plural suffixes aside", () => {
    const base = (l: keyof typeof files) => [...new Set(keysOf(l).map((k) => k.replace(PLURAL, "")))].sort();
    for (const l of ["fr", "es", "ar"] as const) expect(base(l)).toEqual(base("en"));
  });

  it("gives each plural exactly the forms the language's plural rules use", () => {
    for (const l of Object.keys(files) as (keyof typeof files)[]) {
      const forms = new Intl.PluralRules(l).resolvedOptions().pluralCategories.slice().sort();
      const plurals = new Map<string, string[]>();
      for (const k of keysOf(l)) {
        const m = PLURAL.exec(k);
        if (m) plurals.set(k.replace(PLURAL, ""), [...(plurals.get(k.replace(PLURAL, "")) ?? []), m[1] as string]);
      }
      expect(plurals.size).toBeGreaterThan(0);
      for (const [key, got] of plurals) expect({ key, forms: got.sort() }).toEqual({ key, forms });
    }
  });

  it("defines every key the recommendation, committee and task screens ask for", () => {
    const dir = import.meta.dirname;
    const sources = ["committee", "recommendations", "tasks"].flatMap((d) => readdirSync(join(dir, "..", d)).filter((f) => f.endsWith(".tsx")).map((f) => join(dir, "..", d, f)));
    const defined = new Set(keysOf("en").map((k) => k.replace(PLURAL, "")));
    const used = sources.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/t\("(committee\.[\w.]+)"/g)].map((m) => m[1] as string));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((k) => !defined.has(k))).toEqual([]);
  });
});
