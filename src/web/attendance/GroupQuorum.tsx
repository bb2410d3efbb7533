import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Routes } from "../../api/routes.js";
import { requests, type Output } from "../api/client.js";
import type { LiveEvent } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import { useEventRouter } from "../groups/useEventRouter.js";
import { useFollowSitting } from "../groups/useFollowSitting.js";
import { QuorumLine } from "./QuorumLine.js";
import { changesAttendance } from "./types.js";

/** The group's count present and its quorum beside a vote, live as people check in and out. */
export const GroupQuorum = ({ groupId }: { groupId: string }) => {
  const { t } = useTranslation();
  const { resource, reload } = useResource<Output<Routes["attendance"]["group"]>>(requests.attendance.group({ params: { id: groupId } }));
  const router = useEventRouter(
    { attendance: reload },
    useCallback((event: LiveEvent) => (changesAttendance(event) ? (["attendance"] as const) : []), []),
  );
  useFollowSitting(resource.state === "ready" ? resource.data.sittingId : null, router);
  if (resource.state !== "ready") return null;
  return (
    <div className="group-quorum" aria-label={t("attendance.quorum")}>
      <QuorumLine quorum={resource.data.quorum} testId="vote-quorum" />
    </div>
  );
};
