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
