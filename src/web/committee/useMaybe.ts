import { useCallback, useEffect, useState } from "react";
import { api } from "../api/client.js";

/** Loads a JSON resource once its address is known (and again on reload), keeping the last answer meanwhile; null until then or on refusal. */
export const useMaybe = <T>(path: string | null): { data: T | null; failed: boolean; reload: () => void } => {
  const [state, setState] = useState<{ path: string | null; data: T | null; failed: boolean }>({ path, data: null, failed: false });
  const [generation, setGeneration] = useState(0);
  if (state.path !== path) setState({ path, data: null, failed: false });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api<T>(path, { signal: controller.signal }).then(
      (data) => setState({ path, data, failed: false }),
      () => {
        if (!controller.signal.aborted) setState((s) => (s.path === path && s.data !== null ? s : { path, data: null, failed: true }));
      },
    );
    return () => controller.abort();
  }, [path, generation]);
  return { data: state.path === path ? state.data : null, failed: state.failed, reload: useCallback(() => setGeneration((g) => g + 1), []) };
};
