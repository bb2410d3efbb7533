import type { Principal } from "../../../domain/authorization.js";
import { mayControlProjector, mayManageProjectors } from "../../../domain/projector/rights.js";
import type { StoredProjector } from "../../../store/projector/rows.js";

/** The page a hall's computer opens: the token is the whole address, so no sign-in is needed. */
export const screenAddress = (token: string): string => `/screen/${token}`;

/** A hall screen for its controllers, with what the reader may do with it. */
export const presentProjector = (s: StoredProjector, p: Principal) => ({
  id: s.id as string,
  sittingId: s.sittingId as string,
  groupId: s.groupId,
  name: s.name,
  language: s.language,
  version: s.version,
  tokenIssuedAt: s.tokenIssuedAt,
  current: s.projection.current,
  shownAt: s.projection.shownAt,
  queue: s.projection.queue.map((q) => ({ id: q.id, slide: q.slide })),
  permissions: { control: mayControlProjector(p, s), manage: mayManageProjectors(p) },
});
