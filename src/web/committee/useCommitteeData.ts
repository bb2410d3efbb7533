import { useCallback } from "react";
import type { SittingDetail } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import type { AmendmentView, DraftView } from "../drafts/types.js";
import type { Compilation, Deadline, DraftVersion } from "./types.js";
import { useMaybe } from "./useMaybe.js";

const enc = encodeURIComponent;

/** Everything the committee page shows about a draft, reloaded together when a live event concerns it. */
export const useCommitteeData = (id: string) => {
  const base = `/api/v1/drafts/${enc(id)}`;
  const draft = useResource<DraftView>(base);
  const amendments = useMaybe<{ amendments: AmendmentView[] }>(`${base}/amendments`);
  const compilation = useMaybe<Compilation>(`${base}/compilation`);
  const deadline = useMaybe<{ deadline: Deadline | null }>(`${base}/deadline`);
  const versions = useMaybe<{ versions: DraftVersion[] }>(`${base}/versions`);
  const renumbering = useMaybe<{ renumbering: Record<string, string> }>(`${base}/consolidation`);
  const sittingId = draft.resource.state === "ready" ? draft.resource.data.sittingId : null;
  const sitting = useMaybe<SittingDetail>(sittingId ? `/api/v1/sittings/${enc(sittingId)}` : null);
  const [a, b, c, d, e, f] = [draft.reload, amendments.reload, compilation.reload, deadline.reload, versions.reload, renumbering.reload];
  const reload = useCallback(() => [a, b, c, d, e, f].forEach((r) => r()), [a, b, c, d, e, f]);
  return {
    draft: draft.resource,
    amendments: amendments.data?.amendments ?? [],
    compilation: compilation.data,
    deadline: deadline.data?.deadline ?? null,
    versions: versions.data?.versions ?? [],
    renumbering: renumbering.data?.renumbering ?? {},
    sitting: sitting.data,
    reload,
  };
};
