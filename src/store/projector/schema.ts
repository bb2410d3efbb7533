import type { DiscussionGroupId, SittingId } from "../../domain/ids.js";
import type { Language } from "../../domain/language.js";
/** The hall screens of a sitting (migration 012): the address's token is kept only as its hash. */
export interface ProjectorTables {
  projectors: {
    id: string;
    sitting_id: SittingId;
    /** The discussion group whose hall it is; null for the plenary. */
    group_id: DiscussionGroupId | null;
    name: string;
    language: Language;
    token_hash: string;
    token_issued_at: string;
    /** The projection as JSON: the slide shown, since when, and the queue. */
    data: string;
    version: number;
    created_at: string;
  };
}
