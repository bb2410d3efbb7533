import { randomUUID } from "node:crypto";
import type { Principal } from "../../domain/authorization.js";
import { DomainError } from "../../domain/errors.js";
import { applyProjectorStep, type ProjectorStep } from "../../domain/projector/queue.js";
import { mayControlProjector, mayShowSlide } from "../../domain/projector/rights.js";
import type { Slide } from "../../domain/projector/slides.js";
import { expectUpdated, expectVersion } from "../../store/committee/context.js";
import { expectSlideOfSitting } from "../../store/projector/references.js";
import { loadProjector, type StoredProjector } from "../../store/projector/rows.js";
import type { WriteContext } from "../../store/write-context.js";
import { recordProjectorEvent } from "./event.js";

/** A step as a controller asks for it: a slide to prepare gets its id here. */
export type ProjectorRequest =
  | { readonly type: "show"; readonly slide: Slide }
  | { readonly type: "enqueue"; readonly slide: Slide }
  | { readonly type: "show_next" }
  | { readonly type: "show_queued"; readonly id: string }
  | { readonly type: "remove"; readonly id: string };

/**
 * Changes what a hall screen shows or has prepared, on the version the controller saw; a group's presenter may
 * only show a page of its report (the group checked to be of the screen's body with the slide's references).
 */
export const operateProjector = async (
  ctx: WriteContext,
  p: Principal,
  id: string,
  input: { readonly version: number; readonly step: ProjectorRequest },
): Promise<StoredProjector> => {
  const before = await loadProjector(ctx.trx, id);
  const request = input.step;
  // A group's rapporteur or chair may put the group's report on the body's screens, and change nothing else there.
  const allowed = request.type === "show" ? mayShowSlide(p, before, request.slide) : mayControlProjector(p, before);
  if (!allowed)
    throw new DomainError(
      "forbidden",
      request.type === "show" && request.slide.kind === "group_report"
        ? "Only the group's rapporteur or chair, the presiding officer or the secretariat present its report"
        : "Only the secretariat, the group's chair or the presiding officer choose what this screen shows",
    );
  expectVersion("This hall screen", { version: before.version }, input.version);
  if (request.type === "show" || request.type === "enqueue") await expectSlideOfSitting(ctx.trx, before.sittingId, request.slide);
  const step: ProjectorStep = request.type === "enqueue" ? { ...request, id: randomUUID() } : request;
  const projection = applyProjectorStep(before.projection, step, ctx.now);
  expectUpdated(
    await ctx.trx
      .updateTable("projectors")
      .set({ data: JSON.stringify(projection), version: before.version + 1 })
      .where("id", "=", id)
      .where("version", "=", before.version)
      .executeTakeFirst(),
    "This hall screen",
  );
  const after = await loadProjector(ctx.trx, id);
  recordProjectorEvent(ctx, after, request.type === "enqueue" || request.type === "remove" ? "projector.queue_changed" : "projector.shown");
  return after;
};
