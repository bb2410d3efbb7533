import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ar from "../i18n/ar.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import es from "../i18n/es.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const files = { en, fr, es, ar } as const;
type Lang = keyof typeof files;

const flatten = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

const keysOf = (language: Lang) => flatten((files[language] as Record<string, unknown>).groups, "groups");
const base = (language: Lang) => [...new Set(keysOf(language).map((k) => k.replace(PLURAL, "")))].sort();

const screens = [import.meta.dirname, join(import.meta.dirname, "../projector"), join(import.meta.dirname, "../participation")];
const sources = screens.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".tsx")).map((f) => readFileSync(join(dir, f), "utf8")));

describe("the groups namespace in the four interface languages", () => {
  it("has the same keys in every language, plural suffixes aside", () => {
    for (const l of ["fr", "es", "ar"] as const) expect(base(l)).toEqual(base("en"));
  });

  it("gives each plural exactly the forms the language's plural rules use (six in Arabic)", () => {
    for (const l of Object.keys(files) as Lang[]) {
      const forms = new Intl.PluralRules(l).resolvedOptions().pluralCategories.slice().sort();
      const plurals = new Map<string, string[]>();
      for (const k of keysOf(l)) {
        const m = PLURAL.exec(k);
        if (m) plurals.set(k.replace(PLURAL, ""), [...(plurals.get(k.replace(PLURAL, "")) ?? []), m[1] as string]);
      }
      expect(plurals.size).toBeGreaterThan(5);
      for (const [key, got] of plurals) expect({ key, forms: got.sort() }).toEqual({ key, forms });
    }
  });

  it("defines every key the group, projector and participation screens ask for", () => {
    const defined = new Set(base("en"));
    const used = sources.flatMap((s) => [...s.matchAll(/t\("(groups\.[\w.-]+)"/g)].map((m) => m[1] as string));
    expect(used.length).toBeGreaterThan(60);
    expect(used.filter((k) => !defined.has(k))).toEqual([]);
  });

  it("names every gender, age band and role the screens build keys for", () => {
    const defined = new Set(base("en"));
    const built = [
      ...["woman", "man", "other", "undisclosed"].map((g) => `groups.participation.gender.${g}`),
      ...["under-45", "45-and-over", "unknown"].map((a) => `groups.participation.age.${a}`),
      ...["gender", "age"].flatMap((d) => [`groups.participation.by.${d}`, `groups.participation.column.${d}`]),
      ...["chair", "rapporteur", "participant"].map((r) => `groups.members.role.${r}`),
    ];
    expect(built.filter((k) => !defined.has(k))).toEqual([]);
  });
});
