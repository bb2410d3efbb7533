import type { AllLanguages, Output } from "./client.js";
import type { Routes } from "../../api/routes.js";

/** The answers of /api/v1 as the web app reads them: every type here is inferred from the contract in src/api. */

type Of<T> = T extends readonly (infer E)[] ? E : never;

export type SessionResponse = Output<Routes["session"]["get"]>;
export type Account = NonNullable<SessionResponse["account"]>;
export type RoleName = Of<Account["roles"]>["role"];

export type SittingDetail = AllLanguages<Output<Routes["sittings"]["get"]>>;
export type EventDetail = AllLanguages<Output<Routes["sittings"]["event"]>>;
export type EventSummary = EventDetail["event"];
export type BodySummary = Of<EventDetail["bodies"]>;
export type SittingSummary = SittingDetail["sitting"];
export type AgendaItem = Of<SittingDetail["agenda"]>;
export type SittingDocument = Of<AgendaItem["documents"]>;
export type DocumentSection = Of<SittingDocument["sections"]>;
export type Footnote = Of<SittingDocument["footnotes"]>;
export type DiscussionGroup = Of<SittingDetail["groups"]>;
export type Room = DiscussionGroup["room"];
export type GuidingQuestion = Of<DiscussionGroup["guidingQuestions"]>;
export type DraftResolution = Of<SittingDetail["draftResolutions"]>;
export type DraftTexts = AllLanguages<Output<Routes["sittings"]["draftTexts"]>>;
export type DraftText = Of<DraftTexts["drafts"]>;
export type ResolutionParagraph = Of<DraftText["paragraphs"]>;
export type SubParagraph = Of<ResolutionParagraph["subParagraphs"]>;

export type { LiveEvent, LiveServerMessage as LiveMessage } from "../../api/live.js";
