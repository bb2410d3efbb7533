import type { BodyOf } from "../api/client.js";
import type { Routes } from "../../api/routes.js";

/** What adding a participant sends, typed from the contract. */
export type ParticipantBody = BodyOf<Routes["participants"]["create"]>;

/** A body of the event, whose presiding officer the form can name. */
export interface BodyChoice {
  readonly id: string;
  readonly name: string;
}
