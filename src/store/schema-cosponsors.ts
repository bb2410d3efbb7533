import type { AccountId } from "../domain/ids.js";
import type { CosponsorStatus } from "../domain/cosponsors/cosponsorship.js";
/** Co-sponsorship of amendments (migration 015). */
export interface CosponsorTables {
  amendment_cosponsors: {
    id: string;
    amendment_id: string;
    /** The delegation invited, spelled as the event's data spells it. */
    delegation: string;
    /** A member of that delegation invited by name; null when the delegation as a whole is invited. */
    invited_account_id: AccountId | null;
    status: CosponsorStatus;
    invited_by: AccountId | null;
    invited_at: string;
    responded_by: AccountId | null;
    responded_at: string | null;
    version: number;
  };
}
