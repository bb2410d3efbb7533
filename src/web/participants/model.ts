import type { BodyOf } from "../api/client.js";
import type { Routes } from "../../api/routes.js";

/** What adding a participant sends, typed from the contract. */
export type ParticipantBody = BodyOf<Routes["participants"]["create"]>;

/** A body of the event, whose presiding officer the form can name. */
export interface BodyChoice {
  readonly id: string;
  readonly name: string;
}

/** The event-wide roles the secretariat gives on the participants screen (the presiding officer is per body). */
export const EVENT_ROLES = ["participant", "observer", "bureau_member", "translator"] as const;

/** The age bands offered; a birth year may be given instead. */
export const AGE_BAND_CHOICES = ["<30", "30-44", "<45", "45-59", "60+"] as const;
