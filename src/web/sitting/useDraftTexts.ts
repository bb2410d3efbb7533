import { allLanguages, requests } from "../api/client.js";
import type { DraftText } from "../api/types.js";
import { useMaybe } from "../committee/useMaybe.js";

/**
 * The labelled paragraphs of a sitting's draft resolutions, read apart from the sitting for the screens that show or name them;
 * null until read. `settled` once read or refused.
 */
export const useDraftTexts = (sittingId: string | null): { drafts: readonly DraftText[] | null; settled: boolean; reload: () => void } => {
  const { data, settled, reload } = useMaybe(
    sittingId ? allLanguages(requests.sittings.draftTexts({ params: { id: sittingId }, query: {} })) : null,
  );
  return { drafts: data?.drafts ?? null, settled, reload };
};
