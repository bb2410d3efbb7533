import { randomUUID } from "node:crypto";
import { DomainError } from "../../domain/errors.js";
import { asId, type DiscussionGroupId, type SittingId, type GuidingQuestionId } from "../../domain/ids.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { checkReorder } from "../../domain/setup/checks.js";
import type { Principal } from "../../domain/authorization.js";
import { authorizeSetup } from "./authorize.js";
import type { WriteContext } from "../../store/write-context.js";
import { assertVersion, bumpVersion, found, recordRevision } from "../../store/setup/versioned.js";
import { loadGroup, type GroupFields, type GroupSnapshot } from "../../store/setup/groups.js";

type ML = MultilingualText;

const data = (f: GroupFields) => JSON.stringify({ title: f.title, description: f.description, room: f.room });

const assertNumberFree = async (ctx: WriteContext, sittingId: SittingId, number: number, self: string | null) => {
  const taken = await ctx.trx
    .selectFrom("discussion_groups")
    .select("id")
    .where("sitting_id", "=", sittingId)
    .where("number", "=", number)
    .executeTakeFirst();
  if (taken && taken.id !== self)
    throw new DomainError("conflict", `The sitting already has a group ${number}`, [{ path: "body.number", message: "already used" }], {
      groupId: taken.id,
    });
};

/** Creates a group of a sitting with its room and first guiding questions. */
export const createGroup = async (
  ctx: WriteContext,
  p: Principal,
  sittingId: SittingId,
  input: GroupFields & { guidingQuestions: readonly ML[] },
): Promise<GroupSnapshot> => {
  authorizeSetup(p);
  found(await ctx.trx.selectFrom("sittings").select("id").where("id", "=", sittingId).executeTakeFirst(), "Sitting", sittingId);
  await assertNumberFree(ctx, sittingId, input.number, null);
  const id = asId<DiscussionGroupId>(randomUUID());
  await ctx.trx
    .insertInto("discussion_groups")
    .values({ id, sitting_id: sittingId, number: input.number, data: data(input), version: 1 })
    .execute();
  for (const [i, text] of input.guidingQuestions.entries())
    await ctx.trx
      .insertInto("guiding_questions")
      .values({ id: asId<GuidingQuestionId>(randomUUID()), group_id: id, position: i + 1, data: JSON.stringify({ text }) })
      .execute();
  const after = await loadGroup(ctx.trx, id);
  await recordRevision(ctx, {
    type: "discussion_group.created",
    subject: `discussion_group:${id}`,
    sittingId,
    before: null,
    after,
    extra: { number: input.number },
  });
  return after;
};

/** Edits a group's number, title, description or room. */
export const editGroup = async (
  ctx: WriteContext,
  p: Principal,
  id: DiscussionGroupId,
  version: number,
  patch: Partial<GroupFields>,
): Promise<GroupSnapshot> => {
  authorizeSetup(p);
  const before = await start(ctx, id, version);
  const next: GroupFields = { ...before, ...patch };
  await assertNumberFree(ctx, before.sittingId, next.number, id);
  if (next.room.capacity < before.room.capacity) {
    const inRoom = await ctx.trx
      .selectFrom("group_memberships")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("group_id", "=", id)
      .where("left_at", "is", null)
      .executeTakeFirst();
    if (Number(inRoom?.n ?? 0) > next.room.capacity)
      throw new DomainError("conflict", `${Number(inRoom?.n)} people are in group ${before.number}; the room cannot hold fewer`, [
        { path: "body.room.capacity", message: "below the group's membership" },
      ]);
  }
  await ctx.trx
    .updateTable("discussion_groups")
    .set({ number: next.number, data: data(next) })
    .where("id", "=", id)
    .execute();
  return finish(ctx, before, "discussion_group.changed");
};

/** Adds a guiding question after the others. */
export const addGuidingQuestion = async (
  ctx: WriteContext,
  p: Principal,
  groupId: DiscussionGroupId,
  version: number,
  text: ML,
): Promise<GroupSnapshot> => {
  authorizeSetup(p);
  const before = await start(ctx, groupId, version);
  const id = asId<GuidingQuestionId>(randomUUID());
  await ctx.trx
    .insertInto("guiding_questions")
    .values({ id, group_id: groupId, position: before.guidingQuestions.length + 1, data: JSON.stringify({ text }) })
    .execute();
  return finish(ctx, before, "guiding_question.created", { questionId: id });
};

/** Edits a guiding question's text; its version is its group's. */
export const editGuidingQuestion = async (
  ctx: WriteContext,
  p: Principal,
  questionId: GuidingQuestionId,
  version: number,
  text: ML,
): Promise<GroupSnapshot> => {
  authorizeSetup(p);
  const row = found(
    await ctx.trx.selectFrom("guiding_questions").select("group_id").where("id", "=", questionId).executeTakeFirst(),
    "Guiding question",
    questionId,
  );
  const before = await start(ctx, row.group_id, version);
  await ctx.trx
    .updateTable("guiding_questions")
    .set({ data: JSON.stringify({ text }) })
    .where("id", "=", questionId)
    .execute();
  return finish(ctx, before, "guiding_question.changed", { questionId });
};

/** Puts the guiding questions in a new order, given as the full list of their ids. */
export const reorderGuidingQuestions = async (
  ctx: WriteContext,
  p: Principal,
  groupId: DiscussionGroupId,
  version: number,
  order: readonly GuidingQuestionId[],
): Promise<GroupSnapshot> => {
  authorizeSetup(p);
  const before = await start(ctx, groupId, version);
  checkReorder(
    before.guidingQuestions.map((q) => q.id),
    order,
  );
  for (const [i, id] of order.entries())
    await ctx.trx
      .updateTable("guiding_questions")
      .set({ position: i + 1 })
      .where("id", "=", id)
      .execute();
  return finish(ctx, before, "guiding_questions.reordered", { order });
};

const start = async (ctx: WriteContext, id: DiscussionGroupId, version: number) => {
  const before = await loadGroup(ctx.trx, id);
  assertVersion(`Group ${before.number}`, before, version);
  return before;
};

const finish = async (ctx: WriteContext, before: GroupSnapshot, type: string, extra?: Record<string, unknown>) => {
  await bumpVersion(ctx, "discussion_groups", before.id, before.version, `Group ${before.number}`);
  const after = await loadGroup(ctx.trx, before.id);
  await recordRevision(ctx, {
    type,
    subject: `discussion_group:${before.id}`,
    sittingId: before.sittingId,
    before,
    after,
    ...(extra ? { extra } : {}),
  });
  return after;
};
