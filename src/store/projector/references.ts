import type { Kysely } from "kysely";
import { DomainError } from "../../domain/errors.js";
import { slideReference, type Slide } from "../../domain/projector/slides.js";
import { paragraphIdsOfSitting } from "../group-work/paragraphs.js";
import type { Schema } from "../schema.js";
import { asId, type DiscussionGroupId, type SittingId } from "../../domain/ids.js";

/** Whether a referenced paragraph, amendment, draft or vote belongs to the sitting; a group, to a sitting of its body. */
const findIn = async (db: Kysely<Schema>, sittingId: SittingId, what: string, id: string): Promise<boolean> => {
  switch (what) {
    case "paragraph":
      return (await paragraphIdsOfSitting(db, sittingId)).has(id);
    case "amendment":
      return (
        (await db
          .selectFrom("amendments")
          .innerJoin("draft_resolutions", "draft_resolutions.id", "amendments.draft_id")
          .select("amendments.id")
          .where("amendments.id", "=", id)
          .where("draft_resolutions.sitting_id", "=", sittingId)
          .executeTakeFirst()) !== undefined
      );
    case "draft":
      return (
        (await db
          .selectFrom("draft_resolutions")
          .select("id")
          .where("id", "=", id)
          .where("sitting_id", "=", sittingId)
          .executeTakeFirst()) !== undefined
      );
    case "group":
      return (
        (await db
          .selectFrom("discussion_groups")
          .innerJoin("sittings as own", "own.id", "discussion_groups.sitting_id")
          .innerJoin("sittings as screen", "screen.body_id", "own.body_id")
          .select("discussion_groups.id")
          .where("discussion_groups.id", "=", asId<DiscussionGroupId>(id))
          .where("screen.id", "=", sittingId)
          .executeTakeFirst()) !== undefined
      );
    default:
      return (
        (await db
          .selectFrom("votes")
          .innerJoin("discussion_groups", "discussion_groups.id", "votes.group_id")
          .select("votes.id")
          .where("votes.id", "=", id)
          .where("discussion_groups.sitting_id", "=", sittingId)
          .executeTakeFirst()) !== undefined
      );
  }
};

/**
 * Refuses a slide naming a paragraph, amendment, draft or vote that is not of the screen's sitting, or a group
 * whose report is not its body's (a rapporteur presents at the body's next sitting).
 */
export const expectSlideOfSitting = async (db: Kysely<Schema>, sittingId: SittingId, slide: Slide): Promise<void> => {
  for (const ref of slideReference(slide))
    if (!(await findIn(db, sittingId, ref.what, ref.id)))
      throw new DomainError("validation_failed", `This ${ref.what} is not of the screen's sitting`, [
        { path: `slide.${ref.what}Id`, message: `no ${ref.what} ${ref.id} in this sitting` },
      ]);
};
