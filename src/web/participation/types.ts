import type { z } from "zod";
import type { figuresSchema, groupParticipationSchema, sittingParticipationSchema } from "../../api/participation.js";

/** Participation figures as /api/v1/…/participation returns them: the contract's types, never a copy. */
export type Figures = z.output<typeof figuresSchema>;
export type FiguresRow = Figures["byGender"][number];
export type GroupParticipation = z.output<typeof groupParticipationSchema>;
export type SittingParticipation = z.output<typeof sittingParticipationSchema>;
