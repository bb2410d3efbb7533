import { useCallback, useState } from "react";
import { allLanguages, api, ApiError, requests, type Output, type AllLanguages } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import type { Routes } from "../../api/routes.js";

/** What a group's presenter reads: the report as the hall shows it and the body's screens it may go on. */
export type ReportPresentation = AllLanguages<Output<Routes["projectors"]["reportPresentation"]>>;
export type PresentationScreen = ReportPresentation["screens"][number];

/**
 * The report of a group for its presenter, and the one thing the presenter may do with a hall screen: show a page
 * of the report on it. The screen's version is taken from each answer, so paging quickly never trips on its own step.
 */
export const useReportPresentation = (groupId: string) => {
  const { resource, reload } = useResource(allLanguages(requests.projectors.reportPresentation({ params: { id: groupId } })));
  const [versions, setVersions] = useState<Record<string, number>>({});
  const show = useCallback(
    async (screen: PresentationScreen, page: number) => {
      const step = { type: "show" as const, slide: { kind: "group_report" as const, groupId, page } };
      const send = (version: number) => api.projectors.step({ params: { id: screen.id }, body: { version, step } });
      // Someone else changed the screen since: read its version afresh and show the page on what it shows now.
      const after = await send(versions[screen.id] ?? screen.version).catch(async (cause: unknown) => {
        if (!(cause instanceof ApiError) || cause.status !== 409) throw cause;
        const fresh = await requests.projectors.reportPresentation({ params: { id: groupId } }).send();
        return send(fresh.screens.find((s) => s.id === screen.id)?.version ?? screen.version);
      });
      setVersions((v) => ({ ...v, [screen.id]: after.version }));
    },
    [groupId, versions],
  );
  return { resource, reload, show };
};
