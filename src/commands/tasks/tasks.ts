import type { Kysely } from "kysely";
import { can, type Principal } from "../../domain/authorization.js";
import type { Schema } from "../../store/schema.js";
import { adoptionsOfDraft } from "../../store/committee/adoption.js";
import { groupContext } from "../../store/committee/context.js";
import { allRecommendations } from "../../store/committee/recommendations.js";
import { allDeadlines, type DeadlineView } from "../../store/amendments/deadlines.js";
import { groupTasksFor } from "./groups.js";
import { translationTasksFor } from "../../store/tasks/translations.js";
import { asId, type DiscussionGroupId } from "../../domain/ids.js";
import type { TaskKind } from "../../domain/tasks/kinds.js";

/** What waits for a person on their start page. */
export interface Task {
  readonly kind: TaskKind;
  readonly draftId: string | null;
  readonly groupId: DiscussionGroupId | null;
  readonly bodyId: string | null;
  /** The recommendation, vote, body adoption or sitting the task is about. */
  readonly subject: string | null;
  readonly status: string | null;
  readonly count: number | null;
  readonly deadline: (DeadlineView & { draftId: string; passed: boolean }) | null;
}

const task = (kind: Task["kind"], fields: Partial<Omit<Task, "kind">>): Task => ({
  kind,
  draftId: null,
  groupId: null,
  bodyId: null,
  subject: null,
  status: null,
  count: null,
  deadline: null,
  ...fields,
});

const scoped = (p: Principal, role: string, prefix: "group:" | "body:"): string[] =>
  p.roles.filter((r) => r.role === role && r.scope?.startsWith(prefix)).map((r) => r.scope!.slice(prefix.length));

const scopedGroups = (p: Principal, role: string): DiscussionGroupId[] =>
  scoped(p, role, "group:").map((id) => asId<DiscussionGroupId>(id));

/**
 * The tasks waiting for the caller: a rapporteur's recommendations to finish, a member's open ballots, a chair's
 * votes to close, a presiding officer's (or the secretariat's) adoption and submission, a delegation's deadline, the
 * committee's undecided amendments, a delegate's group to choose, a member's group in session.
 */
export const tasksFor = async (db: Kysely<Schema>, p: Principal, now: string): Promise<Task[]> => {
  if (p.accountId === null) return [];
  const me = p.accountId;
  const tasks: Task[] = (await groupTasksFor(db, p)).map((g) =>
    task(g.kind, { groupId: g.groupId, draftId: g.draftId, subject: `sitting:${g.sittingId}`, status: g.status }),
  );
  const recs = await allRecommendations(db);
  const deadlines = await allDeadlines(db);
  const deadlineOf = (draftId: string) => {
    const d = deadlines.find((x) => x.draftId === draftId);
    return d ? { ...d, passed: Date.parse(now) > Date.parse(d.instant) } : null;
  };

  for (const groupId of scopedGroups(p, "rapporteur")) {
    const group = await groupContext(db, groupId).catch(() => null);
    if (!group) continue;
    const drafts = await db
      .selectFrom("draft_resolutions")
      .select("id")
      .where("sitting_id", "=", group.sittingId)
      .where("stage", "=", "draft")
      .execute();
    const revised = new Set(
      (await db.selectFrom("draft_versions").select("from_draft_id").where("stage", "=", "revised").execute()).map((r) => r.from_draft_id),
    );
    for (const d of drafts.filter((x) => !revised.has(x.id))) {
      const rec = recs.find((s) => s.recommendation.groupId === groupId && s.recommendation.draftId === d.id);
      if (!rec || rec.recommendation.status === "drafting")
        tasks.push(
          task("finish_recommendation", {
            groupId,
            draftId: d.id,
            subject: rec ? `recommendation:${rec.recommendation.id}` : null,
            status: rec?.recommendation.status ?? null,
            deadline: deadlineOf(d.id),
          }),
        );
    }
  }

  const memberOf = [...new Set(["chair", "rapporteur", "participant"].flatMap((role) => scopedGroups(p, role)))];
  if (memberOf.length) {
    const open = await db.selectFrom("votes").selectAll().where("group_id", "in", memberOf).where("status", "=", "open").execute();
    for (const v of open) {
      if (can(p, { kind: "preside_group", groupId: v.group_id }) && scopedGroups(p, "chair").includes(v.group_id))
        tasks.push(task("close_vote", { groupId: v.group_id, subject: `vote:${v.id}`, status: v.kind }));
      if (v.kind !== "electronic") continue;
      const ballot = await db
        .selectFrom("ballots")
        .select("choice")
        .where("vote_id", "=", v.id)
        .where("round", "=", v.round)
        .where("voter_id", "=", me)
        .executeTakeFirst();
      if (!ballot) tasks.push(task("cast_ballot", { groupId: v.group_id, subject: `vote:${v.id}`, status: v.subject }));
    }
  }

  // The bodies whose adoption the caller may put: the one rule of `can()` decides, for presiding officers and the secretariat alike.
  const bodies = (await db.selectFrom("bodies").select("id").execute()).map((b) => b.id);
  for (const bodyId of bodies.filter((b) => can(p, { kind: "preside", bodyId: b }))) {
    const byDraft = new Map<string, string[]>();
    for (const s of recs) {
      if (s.recommendation.status !== "presented" || (await groupContext(db, s.recommendation.groupId)).bodyId !== bodyId) continue;
      byDraft.set(s.recommendation.draftId, [...(byDraft.get(s.recommendation.draftId) ?? []), s.recommendation.id]);
    }
    for (const [draftId, ids] of byDraft)
      tasks.push(task("adopt_recommendations", { bodyId, draftId, count: ids.length, deadline: deadlineOf(draftId) }));
    const draftIds = [...new Set(recs.map((s) => s.recommendation.draftId))];
    for (const draftId of draftIds) {
      for (const a of (await adoptionsOfDraft(db, draftId)).filter((x) => x.bodyId === bodyId && x.amendments.length > 0)) {
        const pending = await db
          .selectFrom("amendments")
          .select("id")
          .where(
            "id",
            "in",
            a.amendments.map((x) => x.id),
          )
          .where("status", "=", "draft")
          .execute();
        if (pending.length)
          tasks.push(
            task("submit_amendments", {
              bodyId,
              draftId,
              subject: `body_adoption:${a.id}`,
              count: pending.length,
              deadline: deadlineOf(draftId),
            }),
          );
      }
    }
  }

  const delegate = await db
    .selectFrom("participants")
    .select("id")
    .where("account_id", "=", me)
    .where("delegation_id", "is not", null)
    .executeTakeFirst();
  for (const d of deadlines) {
    const own = await db
      .selectFrom("amendments")
      .select("id")
      .where("draft_id", "=", d.draftId)
      .where("created_by", "=", me)
      .where("status", "=", "draft")
      .execute();
    const dl = deadlineOf(d.draftId)!;
    if ((delegate && !dl.passed) || own.length) tasks.push(task("deadline", { draftId: d.draftId, count: own.length, deadline: dl }));
  }

  if (can(p, { kind: "decide_amendments" })) {
    const rows = await db
      .selectFrom("amendments")
      .select(["draft_id", "number"])
      .where("status", "=", "submitted")
      .orderBy("number")
      .execute();
    const byDraft = new Map<string, number>();
    for (const r of rows) byDraft.set(r.draft_id, (byDraft.get(r.draft_id) ?? 0) + 1);
    for (const [draftId, count] of byDraft) tasks.push(task("decide_amendments", { draftId, count, deadline: deadlineOf(draftId) }));
  }
  // A translator's texts waiting per language: "3 amendments wait for Arabic".
  for (const w of await translationTasksFor(db, p))
    tasks.push(task("translate", { draftId: w.draftId, subject: w.sourceKind, status: w.language, count: w.count }));
  return tasks;
};
