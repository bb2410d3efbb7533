import { describe, expect, it } from "vitest";
import en from "../i18n/en.json" with { type: "json" };

const PLURAL = /_(zero|one|two|few|many|other)$/;

const flatten = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe("the groups namespace", () => {
  it("names every gender, age band and role the screens build keys for", () => {
    const defined = new Set(flatten(en).map((k) => k.replace(PLURAL, "")));
    const built = [
      ...["woman", "man", "other", "undisclosed"].map((g) => `groups.participation.gender.${g}`),
      ...["under-45", "45-and-over", "unknown"].map((a) => `groups.participation.age.${a}`),
      ...["gender", "age"].flatMap((d) => [`groups.participation.by.${d}`, `groups.participation.column.${d}`]),
      ...["chair", "rapporteur", "participant"].map((r) => `groups.members.role.${r}`),
    ];
    expect(built.filter((k) => !defined.has(k))).toEqual([]);
  });
});
