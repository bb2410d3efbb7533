import { useCallback, useEffect, useState } from "react";
import { ApiError, type ApiRequest } from "./client.js";
import { loadEarly } from "./early.js";

export type Resource<T> =
  { readonly state: "loading" } | { readonly state: "error"; readonly error: ApiError } | { readonly state: "ready"; readonly data: T };

const asApiError = (cause: unknown): ApiError =>
  cause instanceof ApiError ? cause : new ApiError(0, "unknown", cause instanceof Error ? cause.message : String(cause));

/**
 * Loads a GET resource and reloads it on demand, keeping the previous data on screen
 * while a reload is in flight so that live updates never blank the page.
 */
export const useResource = <T>(request: ApiRequest<T>): { resource: Resource<T>; reload: () => void } => {
  const path = request.url;
  const [resource, setResource] = useState<Resource<T>>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  const [loadedPath, setLoadedPath] = useState(path);

  if (loadedPath !== path) {
    setLoadedPath(path);
    setResource({ state: "loading" });
  }

  useEffect(() => {
    const controller = new AbortController();
    loadEarly<T>(path, controller.signal).then(
      (data) => setResource({ state: "ready", data }),
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setResource((previous) => (previous.state === "ready" && generation > 0 ? previous : { state: "error", error: asApiError(cause) }));
      },
    );
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { resource, reload };
};
