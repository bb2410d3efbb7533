import type { TFunction } from "i18next";
import { Badge } from "../components/Badge.js";
import type { SpeakerRequest } from "./types.js";

/** How a speaker asked and follows: a point of order, a right of reply, remote participation. */
export const SpeakerBadges = ({ kind, remote, t }: { kind: SpeakerRequest["kind"]; remote: boolean; t: TFunction }) => (
  <>
    {kind === "point_of_order" && (
      <span className="speaker-badge speaker-badge-order" data-testid="badge-point-of-order">
        <Badge tone="notice">{t("groups.speakers.pointOfOrder")}</Badge>
      </span>
    )}
    {kind === "reply" && (
      <span className="speaker-badge speaker-badge-reply" data-testid="badge-reply">
        <Badge tone="notice">{t("speakersOperator.reply")}</Badge>
      </span>
    )}
    {remote && (
      <span className="speaker-badge speaker-badge-remote" data-testid="badge-remote">
        <Badge tone="neutral">{t("groups.speakers.remote")}</Badge>
      </span>
    )}
  </>
);
