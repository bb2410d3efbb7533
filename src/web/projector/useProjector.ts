import { useCallback, useEffect, useRef, useState } from "react";
import { allLanguages, ApiError, requests } from "../api/client.js";
import { clockOffset } from "../groups/countdown.js";
import type { ProjectorView } from "../groups/types.js";
import type { Floor } from "../groups/useSpeakers.js";

export type ProjectorState =
  | { readonly state: "loading" }
  | { readonly state: "unpublished" }
  | { readonly state: "error"; readonly error: ApiError }
  | { readonly state: "ready"; readonly view: ProjectorView; readonly offset: number };

/**
 * The projector view of a floor, with the clock offset measured on each answer. A refusal means the
 * secretariat has not published it (or withdrew it): the screen says so and waits for the publication.
 */
export const useProjector = ({ kind, id }: Floor) => {
  const [state, setState] = useState<ProjectorState>({ state: "loading" });
  const latest = useRef(0);
  const reload = useCallback(() => {
    const mine = ++latest.current;
    allLanguages(
      kind === "group"
        ? requests.projector.groupGet({ params: { id }, query: {} })
        : requests.projector.plenaryGet({ params: { id }, query: {} }),
    )
      .send()
      .then(
        (view) => mine === latest.current && setState({ state: "ready", view, offset: clockOffset(view.serverTime, Date.now()) }),
        (cause: unknown) => {
          if (mine !== latest.current) return;
          const error = cause instanceof ApiError ? cause : new ApiError(0, "unknown", String(cause));
          if (error.status === 403 || error.status === 401) setState({ state: "unpublished" });
          else setState((s) => (s.state === "ready" && error.status === 0 ? s : { state: "error", error }));
        },
      );
  }, [kind, id]);
  useEffect(reload, [reload]);
  return { state, reload };
};
