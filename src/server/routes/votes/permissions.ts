import { can, type Principal } from "../../../domain/authorization.js";

/** What the reader may do with a sitting's votes besides voting: download them as a table (the export's own rule). */
export const votePermissions = (p: Principal) => ({ export: p.accountId !== null && can(p, { kind: "manage_meeting" }) });
