import { useEffect, useState } from "react";
import { recommendationsIn } from "../../domain/recommendations/provenance.js";
import { api } from "../api/client.js";
import type { AmendmentView } from "../drafts/types.js";
import type { Adoption } from "./types.js";

/** The group proposals a body adopted, as they stood or merged: they reach the committee only as the body's amendments. */
export const adoptedProposals = (adoptions: readonly Pick<Adoption, "amendments">[]): ReadonlySet<string> =>
  new Set(adoptions.flatMap((a) => a.amendments.flatMap((b) => b.sources.map((s) => s.amendmentId))));

/** The adopted group proposals of a draft, found through the recommendations its body amendments came from. */
export const useAdoptedProposals = (amendments: readonly AmendmentView[]): ReadonlySet<string> => {
  const [found, setFound] = useState<ReadonlySet<string>>(new Set());
  const recommendationIds = [...new Set(amendments.flatMap((a) => recommendationsIn(a.provenance)))].sort().join(" ");
  useEffect(() => {
    if (recommendationIds === "") return;
    const controller = new AbortController();
    const signal = controller.signal;
    void (async () => {
      const recs = await Promise.all(recommendationIds.split(" ").map((id) => api.recommendations.get({ params: { id } }, { signal })));
      const ids = [...new Set(recs.flatMap((r) => (r.adoptionId ? [r.adoptionId] : [])))];
      const adoptions = await Promise.all(ids.map((id) => api.adoptions.get({ params: { id } }, { signal })));
      if (!signal.aborted) setFound(adoptedProposals(adoptions));
    })().catch(() => undefined);
    return () => controller.abort();
  }, [recommendationIds]);
  return found;
};

/** The proposals a recommendation's adoption took up, once it is adopted (kept: an adoption does not change). */
const adoptedThrough = new Map<string, Promise<ReadonlySet<string>>>();
const proposalsAdoptedFrom = (recommendationId: string): Promise<ReadonlySet<string>> => {
  const known = adoptedThrough.get(recommendationId);
  if (known) return known;
  const found = (async () => {
    const rec = await api.recommendations.get({ params: { id: recommendationId } });
    if (!rec.adoptionId) return new Set<string>();
    const adoption = await api.adoptions.get({ params: { id: rec.adoptionId } });
    return adoptedProposals([adoption]);
  })();
  void found.then(
    (set) => (set.size === 0 ? adoptedThrough.delete(recommendationId) : undefined),
    () => adoptedThrough.delete(recommendationId),
  );
  adoptedThrough.set(recommendationId, found);
  return found;
};

/**
 * Whether a group's draft proposal was adopted by its body (as it stood or merged): then it reaches the committee
 * only as the body's amendment and is not submitted on its own. False for any other amendment.
 */
export const useAdoptedByBody = (amendment: Pick<AmendmentView, "id" | "status" | "provenance">): boolean => {
  const [adopted, setAdopted] = useState(false);
  const from = amendment.status === "draft" ? recommendationsIn(amendment.provenance).join(" ") : "";
  useEffect(() => {
    if (from === "") return;
    let live = true;
    void Promise.all(from.split(" ").map(proposalsAdoptedFrom))
      .then((sets) => live && setAdopted(sets.some((s) => s.has(amendment.id))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [from, amendment.id]);
  return from !== "" && adopted;
};
