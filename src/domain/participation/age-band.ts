/** The IPU counts parliamentarians under 45 as young. */
export const YOUNG_BELOW = 45;

export const AGE_BANDS = ["under-45", "45-and-over", "unknown"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const fromAge = (age: number): AgeBand => (age < YOUNG_BELOW ? "under-45" : "45-and-over");

/**
 * Reads a declared band such as "under-45", "45-and-over", "30-44", "45-59", "60+", "<45" or "under 30";
 * a band that straddles 45 or cannot be read is unknown.
 */
export const bandOfDeclared = (declared: string): AgeBand => {
  const s = declared.trim().toLowerCase();
  if ((AGE_BANDS as readonly string[]).includes(s)) return s as AgeBand;
  const range = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$/.exec(s);
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])];
    return high < YOUNG_BELOW ? "under-45" : low >= YOUNG_BELOW ? "45-and-over" : "unknown";
  }
  const atLeast = /^(\d{1,3})\s*(?:\+|and over|or over|and older|or more)$/.exec(s) ?? /^>=\s*(\d{1,3})$/.exec(s);
  const above = /^(?:over|above|>)\s*(\d{1,3})$/.exec(s);
  const lowest = atLeast ? Number(atLeast[1]) : above ? Number(above[1]) + 1 : null;
  if (lowest !== null) return lowest >= YOUNG_BELOW ? "45-and-over" : "unknown";
  const under = /^(?:under|below|<)\s*(\d{1,3})$/.exec(s);
  if (under) return Number(under[1]) <= YOUNG_BELOW ? "under-45" : "unknown";
  return "unknown";
};

/**
 * The age band of a person at a sitting: from the birth year (age = the sitting's year minus the birth
 * year, the age reached during that year), else from the declared band, else unknown.
 */
export const ageBandAt = (person: { birthYear: number | null; ageBand: string | null }, sittingDate: string): AgeBand => {
  const year = Number(sittingDate.slice(0, 4));
  if (person.birthYear !== null && Number.isInteger(person.birthYear) && person.birthYear <= year && year - person.birthYear < 130)
    return fromAge(year - person.birthYear);
  return person.ageBand ? bandOfDeclared(person.ageBand) : "unknown";
};
