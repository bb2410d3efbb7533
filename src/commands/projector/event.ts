import type { StoredProjector } from "../../store/projector/rows.js";
import type { WriteContext } from "../../store/write-context.js";

/**
 * Records a change of a hall screen. The event names the screen only, never what it shows, so it may reach
 * everyone following the sitting, the hall screens included; a screen reads its slide again through its address.
 */
export const recordProjectorEvent = (ctx: WriteContext, s: StoredProjector, type: string): void =>
  ctx.record({ type, subject: `projector:${s.id}`, sittingId: s.sittingId, scope: "public", payload: { projectorId: s.id } });
