import type { TFunction } from "i18next";
import { Badge } from "../components/Badge.js";

/** How a speaker asked and follows: a point of order, remote participation. */
export const SpeakerBadges = ({ kind, remote, t }: { kind: "floor" | "point_of_order"; remote: boolean; t: TFunction }) => (
  <>
    {kind === "point_of_order" && (
      <span className="speaker-badge speaker-badge-order" data-testid="badge-point-of-order">
        <Badge tone="notice">{t("groups.speakers.pointOfOrder")}</Badge>
      </span>
    )}
    {remote && (
      <span className="speaker-badge speaker-badge-remote" data-testid="badge-remote">
        <Badge tone="neutral">{t("groups.speakers.remote")}</Badge>
      </span>
    )}
  </>
);
