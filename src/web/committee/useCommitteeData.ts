import { useCallback, useMemo } from "react";
import { useResource } from "../api/useResource.js";
import { useMaybe } from "./useMaybe.js";
import { allLanguages, requests } from "../api/client.js";
import { withWording } from "../drafts/listedAmendments.js";

/** Everything the committee page shows about a draft, reloaded together when a live event concerns it. */
export const useCommitteeData = (id: string) => {
  const params = { id };
  const draft = useResource(requests.drafts.get({ params }));
  const amendments = useMaybe(requests.amendments.list({ params, query: {} }));
  // Each card shows its amendment's changes, so the wordings' whole texts are left out of the answer.
  const compilation = useMaybe(requests.committee.compilation({ params, query: { texts: "without" } }));
  const deadline = useMaybe(requests.submissions.deadline({ params }));
  const versions = useMaybe(requests.committee.versions({ params }));
  // Only where the labels move: the consolidated text itself is for the draft page's preview.
  const renumbering = useMaybe(requests.amendments.renumbering({ params }));
  const sittingId = draft.resource.state === "ready" ? draft.resource.data.sittingId : null;
  const sitting = useMaybe(sittingId ? allLanguages(requests.sittings.get({ params: { id: sittingId }, query: {} })) : null);
  const [a, b, c, d, e, f] = [draft.reload, amendments.reload, compilation.reload, deadline.reload, versions.reload, renumbering.reload];
  const reload = useCallback(() => [a, b, c, d, e, f].forEach((r) => r()), [a, b, c, d, e, f]);
  return {
    draft: draft.resource,
    amendments: useMemo(
      () => (draft.resource.state === "ready" && amendments.data ? withWording(draft.resource.data, amendments.data.amendments) : []),
      [draft.resource, amendments.data],
    ),
    compilation: compilation.data,
    deadline: deadline.data?.deadline ?? null,
    versions: versions.data?.versions ?? [],
    renumbering: renumbering.data?.renumbering ?? {},
    sitting: sitting.data,
    reload,
  };
};
