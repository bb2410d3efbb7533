import type { Routes } from "../../api/routes.js";
import type { AllLanguages, BodyOf, Output } from "../api/client.js";

/** The discussion-group answers of /api/v1 as the group screens read them, inferred from the contract in src/api. */

type Of<T> = T extends readonly (infer E)[] ? E : never;

export type SpeakersList = Output<Routes["speakers"]["groupList"]>;
export type SpeakerRequest = Of<SpeakersList["queue"]>;
export type Gender = SpeakerRequest["gender"];
export type SpeakersCommand = BodyOf<Routes["speakers"]["groupCommand"]>["command"];
export type Members = Output<Routes["groups"]["members"]>;
export type MemberRole = Of<Members["members"]>["role"];
export type Occupancy = Output<Routes["groups"]["occupancy"]>;
export type Contribution = Of<Output<Routes["groups"]["contributions"]>["contributions"]>;
export type EventParticipant = Of<Output<Routes["participants"]["list"]>["participants"]>;
export type ProjectorView = AllLanguages<Output<Routes["projector"]["groupGet"]>>;
