/** The provenance a body's amendment carries: every recommendation it came from, `recommendation:ID` each. */
export const recommendationProvenance = (recommendationIds: readonly string[]): string =>
  [...new Set(recommendationIds)].map((id) => `recommendation:${id}`).join(" ");

/** The recommendation ids named in an amendment's provenance, in order; none for other provenances. */
export const recommendationsIn = (provenance: string | null | undefined): string[] =>
  (provenance ?? "")
    .split(/\s+/)
    .filter((part) => part.startsWith("recommendation:") && part.length > "recommendation:".length)
    .map((part) => part.slice("recommendation:".length));
