import { parseSetupRoute, type SetupRoute } from "../setup/paths.js";

/** The pages of the app, parsed from the address bar. */
export type Route =
  | { readonly page: "home" }
  | { readonly page: "signIn"; readonly next: string | null }
  | { readonly page: "signInLink"; readonly token: string | null }
  | { readonly page: "password" }
  | { readonly page: "forgotPassword" }
  | { readonly page: "resetPassword"; readonly token: string | null }
  | { readonly page: "mail" }
  | { readonly page: "notifications" }
  | { readonly page: "event"; readonly id: string }
  | { readonly page: "sitting"; readonly id: string }
  | { readonly page: "draft"; readonly id: string }
  | { readonly page: "draftImport"; readonly sittingId: string }
  | { readonly page: "group"; readonly id: string }
  | { readonly page: "groupProjector"; readonly id: string; readonly lang: string | null }
  | { readonly page: "groupParticipation"; readonly id: string }
  | { readonly page: "plenary"; readonly sittingId: string }
  | { readonly page: "plenaryProjector"; readonly sittingId: string; readonly lang: string | null }
  | { readonly page: "hallScreen"; readonly token: string }
  | { readonly page: "projectorControl"; readonly sittingId: string }
  | { readonly page: "sittingParticipation"; readonly sittingId: string }
  | { readonly page: "sittingAttendance"; readonly sittingId: string }
  | { readonly page: "recommendation"; readonly id: string }
  | { readonly page: "groupRecommendations"; readonly id: string }
  | { readonly page: "reportPresenter"; readonly id: string; readonly lang: string | null }
  | { readonly page: "adoption"; readonly bodyId: string; readonly draftId: string }
  | { readonly page: "committee"; readonly id: string }
  | { readonly page: "translations"; readonly lang: string | null; readonly status: string | null }
  | { readonly page: "translation"; readonly id: string }
  | SetupRoute
  | { readonly page: "notFound" };

/** Called on every change of address, by `navigate` and by the browser's back and forward buttons. */
const listeners = new Set<() => void>();
const notify = (): void => listeners.forEach((listener) => listener());

export const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("popstate", notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", notify);
  };
};

export const snapshot = (): string => window.location.pathname + window.location.search;

/** Moves to another page of the app without reloading it. */
export const navigate = (href: string, options: { replace?: boolean } = {}): void => {
  if (options.replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  notify();
};

const segment = (value: string | undefined): string | null => (value ? decodeURIComponent(value) : null);

/** Parses a path and query string into a route. */
export const parseRoute = (location: string): Route => {
  const url = new URL(location, "http://app.invalid");
  const parts = url.pathname.split("/").filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return { page: "home" };
  if (first === "sign-in" && parts.length === 1) return { page: "signIn", next: url.searchParams.get("next") };
  if (first === "sign-in" && second === "link" && parts.length === 2) return { page: "signInLink", token: url.searchParams.get("token") };
  if (first === "sign-in" && second === "forgot" && parts.length === 2) return { page: "forgotPassword" };
  if (first === "sign-in" && second === "reset" && parts.length === 2)
    return { page: "resetPassword", token: url.searchParams.get("token") };
  if (first === "mail" && parts.length === 1) return { page: "mail" };
  if (first === "notifications" && parts.length === 1) return { page: "notifications" };
  if (first === "account" && second === "password" && parts.length === 2) return { page: "password" };
  const id = segment(second);
  if (first === "events" && id && parts.length === 2) return { page: "event", id };
  if (first === "sittings" && id && parts.length === 2) return { page: "sitting", id };
  if (first === "sittings" && id && parts[2] === "import-draft" && parts.length === 3) return { page: "draftImport", sittingId: id };
  if (first === "drafts" && id && parts.length === 2) return { page: "draft", id };
  if (first === "groups" && id && parts.length === 2) return { page: "group", id };
  if (first === "groups" && id && parts[2] === "projector" && parts.length === 3)
    return { page: "groupProjector", id, lang: url.searchParams.get("lang") };
  if (first === "groups" && id && parts[2] === "participation" && parts.length === 3) return { page: "groupParticipation", id };
  if (first === "sittings" && id && parts[2] === "plenary" && parts.length === 3) return { page: "plenary", sittingId: id };
  if (first === "sittings" && id && parts[2] === "plenary" && parts[3] === "projector" && parts.length === 4)
    return { page: "plenaryProjector", sittingId: id, lang: url.searchParams.get("lang") };
  if (first === "screen" && id && parts.length === 2) return { page: "hallScreen", token: id };
  if (first === "sittings" && id && parts[2] === "projectors" && parts.length === 3) return { page: "projectorControl", sittingId: id };
  if (first === "sittings" && id && parts[2] === "participation" && parts.length === 3)
    return { page: "sittingParticipation", sittingId: id };
  if (first === "sittings" && id && parts[2] === "attendance" && parts.length === 3) return { page: "sittingAttendance", sittingId: id };
  if (first === "recommendations" && id && parts.length === 2) return { page: "recommendation", id };
  if (first === "groups" && id && parts[2] === "recommendations" && parts.length === 3) return { page: "groupRecommendations", id };
  if (first === "groups" && id && parts[2] === "report" && parts.length === 3)
    return { page: "reportPresenter", id, lang: url.searchParams.get("lang") };
  if (first === "drafts" && id && parts[2] === "committee" && parts.length === 3) return { page: "committee", id };
  if (first === "translations" && parts.length === 1)
    return { page: "translations", lang: url.searchParams.get("lang"), status: url.searchParams.get("status") };
  if (first === "translations" && id && parts.length === 2) return { page: "translation", id };
  const draftId = segment(parts[3]);
  if (first === "bodies" && id && parts[2] === "drafts" && draftId && parts[4] === "adoption" && parts.length === 5)
    return { page: "adoption", bodyId: id, draftId };
  const setup = parseSetupRoute(parts);
  if (setup) return setup;
  return { page: "notFound" };
};

export const paths = {
  home: "/",
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"),
  password: "/account/password",
  forgotPassword: "/sign-in/forgot",
  mail: "/mail",
  notifications: "/notifications",
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  sitting: (id: string) => `/sittings/${encodeURIComponent(id)}`,
  draft: (id: string) => `/drafts/${encodeURIComponent(id)}`,
  draftImport: (sittingId: string) => `/sittings/${encodeURIComponent(sittingId)}/import-draft`,
  group: (id: string) => `/groups/${encodeURIComponent(id)}`,
  groupProjector: (id: string, lang?: string) => `/groups/${encodeURIComponent(id)}/projector${lang ? `?lang=${lang}` : ""}`,
  groupParticipation: (id: string) => `/groups/${encodeURIComponent(id)}/participation`,
  plenary: (sittingId: string) => `/sittings/${encodeURIComponent(sittingId)}/plenary`,
  plenaryProjector: (sittingId: string, lang?: string) =>
    `/sittings/${encodeURIComponent(sittingId)}/plenary/projector${lang ? `?lang=${lang}` : ""}`,
  projectorControl: (sittingId: string) => `/sittings/${encodeURIComponent(sittingId)}/projectors`,
  sittingParticipation: (sittingId: string) => `/sittings/${encodeURIComponent(sittingId)}/participation`,
  sittingAttendance: (sittingId: string) => `/sittings/${encodeURIComponent(sittingId)}/attendance`,
  recommendation: (id: string) => `/recommendations/${encodeURIComponent(id)}`,
  groupRecommendations: (groupId: string) => `/groups/${encodeURIComponent(groupId)}/recommendations`,
  reportPresenter: (groupId: string) => `/groups/${encodeURIComponent(groupId)}/report`,
  adoption: (bodyId: string, draftId: string) => `/bodies/${encodeURIComponent(bodyId)}/drafts/${encodeURIComponent(draftId)}/adoption`,
  committee: (draftId: string) => `/drafts/${encodeURIComponent(draftId)}/committee`,
  translations: (lang?: string) => (lang ? `/translations?lang=${lang}` : "/translations"),
  translation: (id: string) => `/translations/${encodeURIComponent(id)}`,
} as const;
