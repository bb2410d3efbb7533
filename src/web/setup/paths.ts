const e = encodeURIComponent;

/** Addresses of the set-up pages. */
export const setupPaths = {
  home: "/setup",
  event: (id: string) => `/setup/events/${e(id)}`,
  participants: (eventId: string) => `/setup/events/${e(eventId)}/participants`,
  group: (eventId: string, groupId: string) => `/setup/events/${e(eventId)}/groups/${e(groupId)}`,
} as const;

/** The set-up pages, parsed from a path's parts; null when the path is not one of them. */
export type SetupRoute =
  | { readonly page: "setup" }
  | { readonly page: "setupEvent"; readonly id: string }
  | { readonly page: "setupParticipants"; readonly id: string }
  | { readonly page: "setupGroup"; readonly id: string; readonly groupId: string };

/** Reads /setup, /setup/events/:id, …/participants and …/groups/:groupId. */
export const parseSetupRoute = (parts: readonly string[]): SetupRoute | null => {
  if (parts[0] !== "setup") return null;
  if (parts.length === 1) return { page: "setup" };
  if (parts[1] !== "events" || !parts[2]) return null;
  const id = decodeURIComponent(parts[2]);
  if (parts.length === 3) return { page: "setupEvent", id };
  if (parts.length === 4 && parts[3] === "participants") return { page: "setupParticipants", id };
  if (parts.length === 5 && parts[3] === "groups" && parts[4]) return { page: "setupGroup", id, groupId: decodeURIComponent(parts[4]) };
  return null;
};
