import type { CosponsorStatus } from "../domain/cosponsors/cosponsorship.js";
/** Co-sponsorship of amendments (migration 015). */
export interface CosponsorTables {
  amendment_cosponsors: {
    id: string;
    amendment_id: string;
    /** The delegation invited, spelled as the event's data spells it. */
    delegation: string;
    /** A member of that delegation invited by name; null when the delegation as a whole is invited. */
    invited_account_id: string | null;
    status: CosponsorStatus;
    invited_by: string | null;
    invited_at: string;
    responded_by: string | null;
    responded_at: string | null;
    version: number;
  };
}
