import { can, canSeeEvent, type Action, type Principal } from "../authorization.js";
import type { EventScope, NewEvent } from "../events.js";
import { asId, type AccountId, type DiscussionGroupId } from "../ids.js";
import type { NoticeParams, NotificationKind } from "./kinds.js";

/** Who a notice goes to, as a fact the store looks up; the rule itself reads no store. */
export type Audience =
  | { readonly kind: "amendment_author"; readonly amendmentId: string }
  | { readonly kind: "next_speaker"; readonly listId: string }
  | { readonly kind: "group_members"; readonly groupId: DiscussionGroupId }
  | { readonly kind: "draft_followers"; readonly draftId: string }
  | { readonly kind: "group_followers"; readonly groupId: DiscussionGroupId }
  /** Whoever may still table amendments to a draft before its deadline, and the draft's followers. */
  | { readonly kind: "draft_proposers"; readonly draftId: string };

/** A notice an event calls for, before its audience is known. */
export interface NoticeIntent {
  readonly kind: NotificationKind;
  readonly audience: Audience;
  /** What the notice is about, as events name it (`amendment:ID`). */
  readonly subject: string;
  /** Where the app shows the subject: a path of the web app. */
  readonly link: string;
  readonly params: NoticeParams;
  /** What the recipient must be allowed beyond seeing the event itself. */
  readonly right: Action | null;
}

/** One notice for one person. */
export interface Notice extends NoticeIntent {
  readonly accountId: AccountId;
}

type Payload = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const idOf = (subject: string): string => subject.slice(subject.indexOf(":") + 1);

const draftPath = (draftId: string) => `/drafts/${encodeURIComponent(draftId)}`;
const groupPath = (groupId: DiscussionGroupId) => `/groups/${encodeURIComponent(groupId)}`;

const draftActivity = (e: NewEvent, draftId: string, params: NoticeParams): NoticeIntent => ({
  kind: "draft_activity",
  audience: { kind: "draft_followers", draftId },
  subject: `draft_resolution:${draftId}`,
  link: draftPath(draftId),
  params: { activity: e.type, ...params },
  right: null,
});

const groupActivity = (e: NewEvent, groupId: DiscussionGroupId): NoticeIntent => ({
  kind: "group_activity",
  audience: { kind: "group_followers", groupId },
  subject: `discussion_group:${groupId}`,
  link: groupPath(groupId),
  params: { activity: e.type },
  right: { kind: "follow_group", groupId },
});

/** The events a speakers list records whenever who is next may have changed. */
const SPEAKERS_CHANGES = new Set([
  "speakers_list.next_called",
  "speakers_list.turn_ended",
  "speakers_list.floor_requested",
  "speakers_list.speaker_added",
  "speakers_list.request_withdrawn",
  "speakers_list.speaker_skipped",
  "speakers_list.marked_spoken",
  "speakers_list.speaker_readded",
  "speakers_list.reordered",
  "speakers_list.alternation_set",
]);

/**
 * Which notices a recorded event calls for, most particular first (a person told that their own amendment was
 * decided is not told again as a follower of its draft). Every other event calls for none.
 */
export const noticesOf = (e: NewEvent): NoticeIntent[] => {
  const p = (e.payload ?? {}) as Payload;
  const draftId = str(p.draftId);
  const group = str(p.groupId);
  const groupId = group === null ? null : asId<DiscussionGroupId>(group);
  if (SPEAKERS_CHANGES.has(e.type)) {
    const listId = idOf(e.subject);
    const link = groupId ? groupPath(groupId) : e.sittingId ? `/sittings/${encodeURIComponent(e.sittingId)}/plenary` : "/";
    return [
      {
        kind: "next_to_speak",
        audience: { kind: "next_speaker", listId },
        subject: e.subject,
        link,
        params: { floor: groupId ? "group" : "plenary" },
        right: null,
      },
    ];
  }
  switch (e.type) {
    case "committee.decided": {
      const amendmentId = idOf(e.subject);
      const params = { number: num(p.number), status: str(p.status) };
      const decided: NoticeIntent = {
        kind: "amendment_decided",
        audience: { kind: "amendment_author", amendmentId },
        subject: e.subject,
        link: draftId ? draftPath(draftId) : "/",
        params,
        right: null,
      };
      return draftId ? [decided, draftActivity(e, draftId, params)] : [decided];
    }
    case "amendment.submitted":
      return draftId ? [draftActivity(e, draftId, { number: num(p.number) })] : [];
    case "deadline.set":
      return draftId ? [draftActivity(e, draftId, { instant: str(p.instant) })] : [];
    case "body_adoption.recorded":
      return draftId ? [draftActivity(e, draftId, {})] : [];
    case "vote.opened":
      if (!groupId) return [];
      return [
        {
          kind: "vote_opened",
          audience: { kind: "group_members", groupId },
          subject: e.subject,
          link: groupPath(groupId),
          params: {},
          right: { kind: "take_part_in_group", groupId },
        },
        groupActivity(e, groupId),
      ];
    case "recommendation.adopted":
      if (!groupId) return [];
      return [
        {
          kind: "recommendation_adopted",
          audience: { kind: "group_members", groupId },
          subject: e.subject,
          link: `/recommendations/${encodeURIComponent(idOf(e.subject))}`,
          params: {},
          right: { kind: "follow_group", groupId },
        },
        groupActivity(e, groupId),
      ];
    case "recommendation.agreed":
    case "vote.closed":
      return groupId ? [groupActivity(e, groupId)] : [];
    default:
      return [];
  }
};

/** The notice that a draft's deadline for amendments is an hour away or less; one per deadline instant. */
export const deadlineSoonNotice = (draftId: string, d: { instant: string; local: string; timeZone: string }): NoticeIntent => ({
  kind: "deadline_soon",
  audience: { kind: "draft_proposers", draftId },
  subject: `draft_resolution:${draftId}`,
  link: draftPath(draftId),
  params: { instant: d.instant, local: d.local, timeZone: d.timeZone },
  right: { kind: "propose_amendment" },
});

/** How long before a deadline its notice goes out. */
export const DEADLINE_NOTICE_MS = 3_600_000;

/** Whether a deadline's notice is due now: within the hour before it, and not passed. */
export const deadlineNoticeDue = (instant: string, now: string): boolean => {
  const left = Date.parse(instant) - Date.parse(now);
  return left > 0 && left <= DEADLINE_NOTICE_MS;
};

/**
 * Whether a person may be told: they see the event that caused it (its scope), hold the right the notice needs,
 * and did not cause it themselves. A notice never tells anyone what they may not see.
 */
export const mayReceive = (
  p: Principal,
  intent: NoticeIntent,
  event: { readonly scope: EventScope; readonly actor: AccountId | null } | null,
): boolean => {
  if (p.accountId === null) return false;
  if (event !== null && (event.actor === p.accountId || !canSeeEvent(p, event.scope))) return false;
  return intent.right === null || can(p, intent.right);
};

/** One notice per person per event: the first (most particular) intent that reaches them wins. */
export const onePerPerson = (candidates: readonly Notice[]): Notice[] => {
  const seen = new Set<AccountId>();
  return candidates.filter((n) => (seen.has(n.accountId) ? false : (seen.add(n.accountId), true)));
};

/** The key that makes a notice idempotent, when it must be given once only (the same next speaker, the same deadline). */
export const onceKey = (notice: Pick<Notice, "kind" | "subject" | "params">, particular: string | null): string | null => {
  if (notice.kind === "deadline_soon") return `deadline_soon:${notice.subject}:${String(notice.params.instant)}`;
  if (notice.kind === "next_to_speak" && particular) return `next_to_speak:${particular}`;
  return null;
};
