import { useCallback, useEffect, useState } from "react";
import type { ApiRequest } from "../api/client.js";
import { loadEarly } from "../api/early.js";

/**
 * Loads a JSON resource once its address is known (and again on reload), keeping the last answer meanwhile; null until then or on
 * refusal. `settled` once its address is known and it has been read or refused.
 */
export const useMaybe = <T>(request: ApiRequest<T> | null): { data: T | null; failed: boolean; settled: boolean; reload: () => void } => {
  const path = request?.url ?? null;
  const [state, setState] = useState<{ path: string | null; data: T | null; failed: boolean }>({ path, data: null, failed: false });
  const [generation, setGeneration] = useState(0);
  if (state.path !== path) setState({ path, data: null, failed: false });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    loadEarly<T>(path, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ path, data, failed: false });
      },
      () => {
        if (!controller.signal.aborted) setState((s) => (s.path === path && s.data !== null ? s : { path, data: null, failed: true }));
      },
    );
    return () => controller.abort();
  }, [path, generation]);
  const data = state.path === path ? state.data : null;
  return {
    data,
    failed: state.failed,
    settled: path !== null && (data !== null || state.failed),
    reload: useCallback(() => setGeneration((g) => g + 1), []),
  };
};
