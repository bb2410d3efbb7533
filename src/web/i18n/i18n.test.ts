import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ar from "./ar.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const files = { en, fr, es, ar } as const;
type Language = keyof typeof files;

const flatten = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

const keysOf = (language: Language) => flatten(files[language]);
const withoutPlural = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, "")))].sort();

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });

describe("the interface in English, French, Spanish and Arabic", () => {
  it("has the same keys in every language, plural suffixes aside", () => {
    for (const l of ["fr", "es", "ar"] as const) expect(withoutPlural(keysOf(l))).toEqual(withoutPlural(keysOf("en")));
  });

  it("gives each plural exactly the forms the language's plural rules use (six in Arabic)", () => {
    for (const l of Object.keys(files) as Language[]) {
      const forms = new Intl.PluralRules(l).resolvedOptions().pluralCategories.slice().sort();
      const plurals = new Map<string, string[]>();
      for (const k of keysOf(l)) {
        const m = PLURAL.exec(k);
        if (m) plurals.set(k.replace(PLURAL, ""), [...(plurals.get(k.replace(PLURAL, "")) ?? []), m[1] as string]);
      }
      expect(plurals.size).toBeGreaterThan(0);
      for (const [key, got] of plurals) expect({ l, key, forms: got.sort() }).toEqual({ l, key, forms });
    }
    expect(new Intl.PluralRules("ar").resolvedOptions().pluralCategories).toHaveLength(6);
  });

  it("names a discussion group المجموعة in Arabic, as the information note does, and punctuates Arabic with ، and ؛", () => {
    const values = (value: unknown, prefix = ""): [string, string][] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([k, v]) => values(v, prefix ? `${prefix}.${k}` : k))
        : [[prefix, String(value)]];
    const arabic = values(ar);
    expect(arabic.filter(([key, text]) => /فريق/.test(text) && key !== "bodyKind.drafting_group")).toEqual([]);
    expect(arabic.filter(([, text]) => /[\u0600-\u06FF]\s*[,;]/.test(text))).toEqual([]);
    expect(arabic.filter(([, text]) => /مجموع/.test(text)).length).toBeGreaterThan(10);
  });

  it("defines every key the screens ask for", () => {
    const defined = new Set(withoutPlural(keysOf("en")));
    const used = sourcesUnder(join(import.meta.dirname, "..")).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/\bt\("(\w+\.[\w.-]+)"/g)].map((m) => m[1] as string),
    );
    expect(used.length).toBeGreaterThan(300);
    expect([...new Set(used.filter((k) => !defined.has(k)))]).toEqual([]);
  });
});
