import type { ColumnType } from "kysely";
import type { CommitteeTables } from "./schema-committee.js";
import type { GroupWorkTables } from "./schema-group-work.js";
import type { MailTables } from "./mail/schema.js";
import type { AmendmentCounterTables } from "./amendments/schema.js";
import type { SetupTables } from "./schema-setup.js";
import type { ProjectorTables } from "./projector/schema.js";
import type { AttendanceTables } from "./schema-attendance.js";
import type { CosponsorTables } from "./schema-cosponsors.js";
import type { NotificationTables } from "./notifications/schema.js";
import type { TranslationTables } from "./schema-translations.js";
import type { AccountId, DiscussionGroupId, GuidingQuestionId, ParagraphId, ParticipantId, SittingId } from "../domain/ids.js";
import type { Role } from "../domain/authorization.js";
import type { EventScope } from "../domain/events.js";
import type { Language } from "../domain/language.js";
import type { BodyKind, DocumentKind, DraftStage } from "../domain/model.js";
import type { AmendmentAction, AmendmentStatus } from "../domain/text/amendment.js";

/**
 * Tables as the store sees them. Multilingual and structured fields are JSON text, portable across SQLite
 * and PostgreSQL. Each capability declares its tables in its own `schema-*.ts` and joins them here.
 */
export type Schema = FoundationTables &
  GroupWorkTables &
  SetupTables &
  CommitteeTables &
  MailTables &
  AmendmentCounterTables &
  AttendanceTables &
  ProjectorTables &
  CosponsorTables &
  NotificationTables &
  TranslationTables;

interface FoundationTables {
  accounts: {
    id: AccountId;
    email: string;
    name: string;
    password_hash: string | null;
    created_at: string;
  };
  role_assignments: {
    id: string;
    account_id: AccountId;
    role: Role;
    scope: string | null;
    created_at: string;
  };
  sessions: {
    id: string;
    account_id: AccountId;
    csrf_token: string;
    created_at: string;
    expires_at: string;
  };
  sign_in_tokens: {
    id: string;
    account_id: AccountId;
    created_at: string;
    expires_at: string;
    used_at: string | null;
  };
  meeting_events: {
    id: string;
    key: string;
    data: string;
    published: number;
    version: number;
  };
  bodies: {
    id: string;
    event_id: string;
    key: string;
    kind: BodyKind;
    parent_id: string | null;
    data: string;
  };
  sittings: {
    id: SittingId;
    event_id: string;
    body_id: string;
    key: string;
    number: number;
    date: string;
    start_time: string;
    end_time: string;
    time_zone: string;
    data: string;
    published: number;
    version: number;
  };
  agenda_items: {
    id: string;
    sitting_id: SittingId;
    number: string;
    position: number;
    data: string;
  };
  documents: {
    id: string;
    sitting_id: SittingId | null;
    agenda_item_id: string | null;
    symbol: string;
    kind: DocumentKind;
    date: string;
    data: string;
    published: number;
    version: number;
  };
  draft_resolutions: {
    id: string;
    sitting_id: SittingId | null;
    document_id: string | null;
    symbol: string;
    committee_body_id: string | null;
    stage: DraftStage;
    illustrative: number;
    data: string;
    published: number;
    version: number;
  };
  paragraphs: {
    id: ParagraphId;
    draft_id: string;
    position: number;
    kind: string;
    data: string;
  };
  discussion_groups: {
    id: DiscussionGroupId;
    sitting_id: SittingId;
    number: number;
    data: string;
    version: number;
  };
  guiding_questions: {
    id: GuidingQuestionId;
    group_id: DiscussionGroupId;
    position: number;
    data: string;
  };
  participants: {
    id: ParticipantId;
    event_id: string;
    account_id: AccountId | null;
    name: string;
    parliament: string;
    gender: string;
    birth_year: number | null;
    age_band: string | null;
    languages: string;
  };
  amendments: {
    id: string;
    draft_id: string;
    number: number;
    action: AmendmentAction;
    status: AmendmentStatus;
    language: Language;
    data: string;
    created_by: AccountId | null;
    created_at: string;
    version: number;
    /** A sub-amendment's amendment. */
    parent_amendment_id: string | null;
    /** The numbering series, that of the body that tables it: "" before the committee, "group:<id>" a group's own proposal (migration 011). */
    tabled_by: ColumnType<string, string | undefined, string>;
  };
  events: {
    position: number;
    time: string;
    actor: AccountId | null;
    type: string;
    subject: string;
    sitting_id: SittingId | null;
    scope: EventScope;
    payload: string;
  };
  event_sequence: {
    id: number;
    position: number;
  };
}

/** Tables in dependency order: backups write them in this order and restores read them back in it. */
export const TABLES = [
  "accounts",
  "role_assignments",
  "sessions",
  "sign_in_tokens",
  "meeting_events",
  "bodies",
  "sittings",
  "agenda_items",
  "documents",
  "draft_resolutions",
  "paragraphs",
  "discussion_groups",
  "guiding_questions",
  "participants",
  "amendments",
  "amendment_cosponsors",
  "speakers_lists",
  "speaker_requests",
  "group_memberships",
  "contributions",
  "revisions",
  "delegations",
  "designations",
  "recommendations",
  "recommendation_comments",
  "votes",
  "ballots",
  "body_adoptions",
  "submission_deadlines",
  "submissions",
  "committee_decisions",
  "draft_versions",
  "quorum_rules",
  "attendance",
  "proxies",
  "projectors",
  "translation_tasks",
  "notifications",
  "notification_preferences",
  "follows",
  "events",
  "event_sequence",
] as const satisfies readonly (keyof Schema)[];

export type TableName = (typeof TABLES)[number];
