import { asId } from "../../domain/ids.js";
import {
  REQUEST_KINDS,
  type RequestKind,
  type RequestStatus,
  type SpeakerRequest,
  type SpeakerRequestId,
} from "../../domain/speakers/types.js";
import { speakerData, turnRefData } from "../columns/group-work.js";
import { decodeColumn } from "../decode.js";
import type { Schema } from "../schema.js";

const KINDS: readonly string[] = REQUEST_KINDS;
const STATUSES: readonly string[] = ["spoke", "withdrawn", "absent"];

/** A request that left its list, read back from its row (the speaker's facts and a reply's turn decoded). */
export const closedRequestFromRow = (r: Schema["speaker_requests"]): SpeakerRequest => ({
  id: asId<SpeakerRequestId>(r.id),
  speaker: decodeColumn(speakerData, r.speaker, "speaker_requests", r.id),
  kind: (KINDS.includes(r.kind) ? r.kind : "floor") as RequestKind,
  remote: r.remote === 1,
  status: (STATUSES.includes(r.status) ? r.status : "withdrawn") as RequestStatus,
  requestedAt: r.requested_at,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  questionId: r.question_id,
  timeLimitSeconds: r.time_limit_seconds === null ? null : Number(r.time_limit_seconds),
  replyTo: r.reply_to === null || r.reply_to === undefined ? null : decodeColumn(turnRefData, r.reply_to, "speaker_requests", r.id),
  skipped: false,
  addedBy: r.added_by ?? null,
});
