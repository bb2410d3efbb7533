import type { GroupFunction } from "../domain/designations/designation.js";

/** A person of the reference case's illustrative cast: who they are and what they do in the story. */
export interface CastMember {
  readonly key: string;
  readonly name: string;
  readonly parliament: string;
  readonly gender: "woman" | "man";
  /** Working languages; Arabic first for those who use the Arabic interface. */
  readonly languages: string;
  /** The discussion group (1 or 2) the person works in. */
  readonly group: 1 | 2;
  readonly office: GroupFunction | null;
}

/**
 * The cast: the first group works in English in Hall Madrid, the second entirely in Arabic in Hall Roma.
 * Names and parliaments are illustrative, not the 2021 participants.
 */
export const CAST: readonly CastMember[] = [
  { key: "elena", name: "Elena Martín", parliament: "Spain", gender: "woman", languages: "es;en", group: 1, office: "chair" },
  { key: "grace", name: "Grace Wanjiru", parliament: "Kenya", gender: "woman", languages: "en", group: 1, office: "rapporteur" },
  { key: "sophie", name: "Sophie Laurent", parliament: "France", gender: "woman", languages: "fr;en", group: 1, office: null },
  { key: "ana", name: "Ana Costa", parliament: "Portugal", gender: "woman", languages: "en;es", group: 1, office: null },
  { key: "lindiwe", name: "Lindiwe Dube", parliament: "South Africa", gender: "woman", languages: "en", group: 1, office: null },
  { key: "tomas", name: "Tomás Ruiz", parliament: "Mexico", gender: "man", languages: "es;en", group: 1, office: null },
  { key: "fatima", name: "Fatima Benali", parliament: "Morocco", gender: "woman", languages: "ar;fr", group: 2, office: "chair" },
  { key: "nour", name: "Nour Haddad", parliament: "Jordan", gender: "woman", languages: "ar;en", group: 2, office: "rapporteur" },
  { key: "mona", name: "Mona Saleh", parliament: "Egypt", gender: "woman", languages: "ar", group: 2, office: null },
  { key: "karim", name: "Karim Mansour", parliament: "Tunisia", gender: "man", languages: "ar;fr", group: 2, office: null },
  {
    key: "aisha",
    name: "Aisha Al-Hashimi",
    parliament: "United Arab Emirates",
    gender: "woman",
    languages: "ar;en",
    group: 2,
    office: null,
  },
];

export type CastKey = (typeof CAST)[number]["key"];

/** The cast's sign-in address: a reserved domain, so that no mail reaches a real person. */
export const emailOf = (key: string): string => `${key}@reference.rapporteur.example`;

/** The participants CSV the secretariat imports, as it would upload it. */
export const castCsv = (): string =>
  [
    "name,parliament,gender,languages,email,role,delegation",
    ...CAST.map((c) => `"${c.name}",${c.parliament},${c.gender},${c.languages},${emailOf(c.key)},participant,"${c.parliament}"`),
  ].join("\n");
