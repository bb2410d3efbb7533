import { useCallback, useEffect, useRef, useState } from "react";
import { allLanguages, api, ApiError, type ApiRequest, load, requests } from "../api/client.js";
import type { DiscussionGroup, SessionResponse, SittingDetail } from "../api/types.js";
import type { Resource } from "../api/useResource.js";

const asApiError = (cause: unknown): ApiError => (cause instanceof ApiError ? cause : new ApiError(0, "unknown", String(cause)));

/** The sitting a group belongs to: the group's screens know only the group. */
export const sittingOfGroup = async (groupId: string, signal?: AbortSignal): Promise<string> => {
  const { sittings } = await allLanguages(requests.sittings.list({ query: {} })).send(signal);
  for (const s of sittings) {
    const occupancy = await api.groups.occupancy({ params: { id: s.id } }, { signal }).catch(() => null);
    if (occupancy?.groups.some((g) => g.groupId === groupId)) return s.id;
  }
  throw new ApiError(404, "not_found", `Discussion group ${groupId} does not exist`);
};

const findSitting = async (groupId: string, signal: AbortSignal): Promise<{ detail: SittingDetail; group: DiscussionGroup }> => {
  const sittingId = await sittingOfGroup(groupId, signal);
  const detail = await allLanguages(requests.sittings.get({ params: { id: sittingId }, query: {} })).send(signal);
  const group = detail.groups.find((g) => g.id === groupId);
  if (!group) throw new ApiError(404, "not_found", `Discussion group ${groupId} does not exist`);
  return { detail, group };
};

/** The group with its sitting (questions, room, the draft's paragraphs), reloadable when the sitting changes. */
export const useGroupSitting = (groupId: string) => {
  const [resource, setResource] = useState<Resource<{ detail: SittingDetail; group: DiscussionGroup }>>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    findSitting(groupId, controller.signal).then(
      (data) => setResource({ state: "ready", data }),
      (cause: unknown) => {
        if (!controller.signal.aborted) setResource((r) => (r.state === "ready" ? r : { state: "error", error: asApiError(cause) }));
      },
    );
    return () => controller.abort();
  }, [groupId, generation]);
  return { resource, reload: useCallback(() => setGeneration((g) => g + 1), []) };
};

/**
 * The reader's account as the server sees it now. Joining a group gives a role that the session loaded
 * at sign-in does not know yet, so the group screens ask again when the membership changes.
 */
export const useFreshAccount = () => {
  const [session, setSession] = useState<SessionResponse | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    api.session.get({}, { signal: controller.signal }).then(setSession, () => undefined);
    return () => controller.abort();
  }, [generation]);
  return { account: session?.account ?? null, loaded: session !== null, reload: useCallback(() => setGeneration((g) => g + 1), []) };
};

/** Loads a JSON resource only when allowed to, reloads on demand, and keeps the last answer on screen meanwhile. */
export const useOptional = <T>(request: ApiRequest<T> | null) => {
  const path = request?.url ?? null;
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    if (path === null) return;
    const mine = ++latest.current;
    load<T>(path).then(
      (d) => {
        if (mine !== latest.current) return;
        setData(d);
        setError(null);
      },
      (cause: unknown) => mine === latest.current && setError(asApiError(cause)),
    );
  }, [path, generation]);
  return { data: path === null ? null : data, error, reload: useCallback(() => setGeneration((g) => g + 1), []) };
};
