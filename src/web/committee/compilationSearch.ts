import { matchesSearch } from "../drafts/amendmentIndex.js";
import type { AmendmentView } from "../drafts/types.js";
import type { Compilation } from "./types.js";

export type CompiledPlace = Compilation["places"][number];

/**
 * The compiled places a search leaves: a place whose label is searched for whole, otherwise only the wordings
 * with an amendment that answers the search (by number, author, co-sponsors, wording or justification).
 */
export const filterPlaces = (
  places: readonly CompiledPlace[],
  byId: ReadonlyMap<string, AmendmentView>,
  terms: readonly string[],
): { readonly places: readonly CompiledPlace[]; readonly matches: number } => {
  const count = (list: readonly CompiledPlace[]) => list.reduce((n, p) => n + p.wordings.reduce((m, w) => m + w.amendments.length, 0), 0);
  if (terms.length === 0) return { places, matches: count(places) };
  let matches = 0;
  const kept: CompiledPlace[] = [];
  for (const place of places) {
    const label = place.label.toLocaleLowerCase();
    if (terms.every((term) => term === label)) {
      matches += count([place]);
      kept.push(place);
      continue;
    }
    const wordings = place.wordings.filter((w) => {
      const hits = w.amendments.filter((a) => {
        const view = byId.get(a.id);
        return view ? matchesSearch(view, terms, place.label) : false;
      }).length;
      matches += hits;
      return hits > 0;
    });
    if (wordings.length > 0) kept.push({ ...place, wordings });
  }
  return { places: kept, matches };
};
