import { can, type Principal } from "../../domain/authorization.js";

/**
 * Whether the reader sees what is not yet published (events, sittings, their documents and draft resolutions):
 * the staff and observers. The store's reads take the answer as `includeUnpublished`.
 */
export const readsUnpublished = (p: Principal): boolean => can(p, { kind: "read_unpublished" });
