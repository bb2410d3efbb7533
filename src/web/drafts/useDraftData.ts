import { useCallback, useEffect, useMemo, useRef } from "react";
import type { LiveEvent } from "../api/types.js";
import { useResource, type Resource } from "../api/useResource.js";
import type { AmendmentView, DraftView } from "./types.js";
import { requests, type Input } from "../api/client.js";
import type { Routes } from "../../api/routes.js";
import { listWithWording } from "./listedAmendments.js";

const RELOAD_DELAY_MS = 150;

/** The amendment list's filters, as the list route takes them. */
export type AmendmentFilters = Input<Routes["amendments"]["list"]>["query"];

/** Event types that change what the draft page shows. */
export const concernsDrafts = (event: LiveEvent): boolean => /^(amendment|paragraph|draft_resolution)\./.test(event.type);

/** Runs an action at most once per burst of calls. */
export const useCoalesced = (action: () => void): (() => void) => {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(action, RELOAD_DELAY_MS);
  }, [action]);
};

/** The draft and its amendments, reloaded together. */
export const useDraftData = (
  id: string,
  filters: AmendmentFilters = {},
): { draft: Resource<DraftView>; amendments: Resource<{ amendments: AmendmentView[] }>; reload: () => void } => {
  const params = { id };
  const draft = useResource(requests.drafts.get({ params }));
  // The server filters the list: the address names the filters, so a new choice loads anew.
  const listed = useResource(requests.amendments.list({ params, query: filters }));
  // The list names the words each amendment keeps by their place in the draft: it reads as words once both are here.
  const amendments = useMemo((): Resource<{ amendments: AmendmentView[] }> => {
    const [d, l] = [draft.resource, listed.resource];
    if (l.state !== "ready") return l;
    if (d.state !== "ready") return d.state === "error" ? d : { state: "loading" };
    return { state: "ready", data: listWithWording(d.data, l.data) };
  }, [draft.resource, listed.resource]);
  const reloadDraft = draft.reload;
  const reloadAmendments = listed.reload;
  const reload = useCallback(() => {
    reloadDraft();
    reloadAmendments();
  }, [reloadDraft, reloadAmendments]);
  return { draft: draft.resource, amendments, reload };
};
