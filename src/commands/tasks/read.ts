import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import type { SittingId } from "../../domain/ids.js";
import type { Schema } from "../../store/schema.js";
import { sittingsOfDraftsAndGroups } from "../../store/tasks/sittings.js";
import { tasksFor, type Task } from "./tasks.js";

/** The start page's data: the caller's tasks judged at `now`, and the sittings whose live events change them. */
export const readTasks = async (db: Kysely<Schema>, p: Principal, now: string): Promise<{ tasks: Task[]; sittings: SittingId[] }> => {
  const tasks = await tasksFor(db, p, now);
  const draftIds = [...new Set(tasks.map((t) => t.draftId).filter((d) => d !== null))];
  const groupIds = [...new Set(tasks.map((t) => t.groupId).filter((g) => g !== null))];
  return { tasks, sittings: await sittingsOfDraftsAndGroups(db, draftIds, groupIds) };
};
