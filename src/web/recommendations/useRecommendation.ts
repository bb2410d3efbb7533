import { useCallback } from "react";
import { useResource } from "../api/useResource.js";
import { useMaybe } from "../committee/useMaybe.js";
import { allLanguages, requests } from "../api/client.js";

/** A recommendation with its votes, its group's members and the sitting it belongs to, reloaded together. */
export const useRecommendation = (id: string) => {
  const rec = useResource(requests.recommendations.get({ params: { id } }));
  const r = rec.resource.state === "ready" ? rec.resource.data : null;
  const votes = useMaybe(r ? requests.votes.list({ params: { groupId: r.groupId } }) : null);
  const members = useMaybe(r ? requests.groups.members({ params: { id: r.groupId } }) : null);
  const draft = useMaybe(r ? requests.drafts.get({ params: { id: r.draftId } }) : null);
  const sittingId = draft.data?.sittingId ?? null;
  const sitting = useMaybe(sittingId ? allLanguages(requests.sittings.get({ params: { id: sittingId }, query: {} })) : null);
  const [a, b, c] = [rec.reload, votes.reload, members.reload];
  const reload = useCallback(() => {
    a();
    b();
    c();
  }, [a, b, c]);
  return {
    rec: rec.resource,
    votes: votes.data?.votes ?? [],
    /** The sitting whose votes the reader may download (the secretariat), or null. */
    votesExport: votes.data?.permissions.export ? votes.data.sittingId : null,
    members: members.data?.members ?? [],
    sitting: sitting.data,
    sittingId,
    /** Every part is read (or refused), so the page can be shown whole, without parts arriving under the reader's finger. */
    settled: votes.settled && members.settled && draft.settled && (sittingId === null || sitting.settled),
    reload,
  };
};
