import { useCallback, useEffect, useRef, useState } from "react";
import type { FloorKind } from "../../domain/speakers/types.js";
import { api, ApiError } from "../api/client.js";
import { clockOffset } from "./countdown.js";
import type { SpeakersCommand, SpeakersList } from "./types.js";

const SELF_SERVICE = new Set<SpeakersCommand["type"]>(["request_floor", "withdraw"]);

export type SpeakersState =
  | { readonly state: "loading" }
  | { readonly state: "error"; readonly error: ApiError }
  | { readonly state: "ready"; readonly list: SpeakersList; readonly offset: number };

/** What went wrong with the last command: a stale list (reloaded), or a refusal or a request that never arrived. */
export type CommandProblem = { readonly kind: "stale" } | { readonly kind: "refused"; readonly error: ApiError } | null;

const asApiError = (cause: unknown): ApiError => (cause instanceof ApiError ? cause : new ApiError(0, "unknown", String(cause)));

/**
 * A speakers list (of a group or of a plenary sitting) with the client's clock offset
 * measured on every answer, and its commands: the chair's carry the version on screen, and a stale
 * version reloads the list and says so.
 */
/** A speakers list's floor: a discussion group, or a sitting's plenary. */
export interface Floor {
  readonly kind: FloorKind;
  readonly id: string;
}

export const useSpeakers = ({ kind, id }: Floor, enabled: boolean) => {
  const [state, setState] = useState<SpeakersState>({ state: "loading" });
  const [problem, setProblem] = useState<CommandProblem>(null);
  const [pending, setPending] = useState(false);
  const version = useRef<number | null>(null);
  const generation = useRef(0);

  const accept = useCallback((list: SpeakersList) => {
    version.current = list.version;
    setState({ state: "ready", list, offset: clockOffset(list.serverTime, Date.now()) });
  }, []);

  const reload = useCallback(() => {
    if (!enabled) return;
    const mine = ++generation.current;
    (kind === "group" ? api.speakers.groupList({ params: { id } }) : api.speakers.plenaryList({ params: { id } })).then(
      (list) => mine === generation.current && accept(list),
      (cause: unknown) =>
        mine === generation.current && setState((s) => (s.state === "ready" ? s : { state: "error", error: asApiError(cause) })),
    );
  }, [kind, id, enabled, accept]);

  useEffect(reload, [reload]);

  const send = useCallback(
    async (command: SpeakersCommand): Promise<boolean> => {
      setPending(true);
      setProblem(null);
      try {
        const body = SELF_SERVICE.has(command.type) ? { command } : { version: version.current ?? 0, command };
        generation.current++;
        accept(
          await (kind === "group"
            ? api.speakers.groupCommand({ params: { id }, body })
            : api.speakers.plenaryCommand({ params: { id }, body })),
        );
        return true;
      } catch (cause) {
        const error = asApiError(cause);
        if (error.code === "stale_version") setProblem({ kind: "stale" });
        else setProblem({ kind: "refused", error });
        reload();
        return false;
      } finally {
        setPending(false);
      }
    },
    [kind, id, accept, reload],
  );

  return { state, reload, send, pending, problem, clearProblem: () => setProblem(null) };
};
