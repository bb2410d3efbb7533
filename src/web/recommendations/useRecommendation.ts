import { useCallback } from "react";
import type { SittingDetail } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import type { Recommendation, Vote } from "../committee/types.js";
import { useMaybe } from "../committee/useMaybe.js";

export interface Member {
  readonly accountId: string;
  readonly name: string;
  readonly parliament: string;
  readonly role: "chair" | "rapporteur" | "participant";
}

const enc = encodeURIComponent;

/** A recommendation with its votes, its group's members and the sitting it belongs to, reloaded together. */
export const useRecommendation = (id: string) => {
  const rec = useResource<Recommendation>(`/api/v1/recommendations/${enc(id)}`);
  const r = rec.resource.state === "ready" ? rec.resource.data : null;
  const votes = useMaybe<{ votes: Vote[] }>(r ? `/api/v1/groups/${enc(r.groupId)}/votes` : null);
  const members = useMaybe<{ members: Member[] }>(r ? `/api/v1/groups/${enc(r.groupId)}/members` : null);
  const draft = useMaybe<{ sittingId: string | null }>(r ? `/api/v1/drafts/${enc(r.draftId)}` : null);
  const sittingId = draft.data?.sittingId ?? null;
  const sitting = useMaybe<SittingDetail>(sittingId ? `/api/v1/sittings/${enc(sittingId)}` : null);
  const [a, b, c] = [rec.reload, votes.reload, members.reload];
  const reload = useCallback(() => {
    a();
    b();
    c();
  }, [a, b, c]);
  return { rec: rec.resource, votes: votes.data?.votes ?? [], members: members.data?.members ?? [], sitting: sitting.data, sittingId, reload };
};
