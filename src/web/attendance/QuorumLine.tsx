import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/index.js";
import type { Quorum } from "./types.js";

/** Present in the hall and remote out of the members, and whether the quorum is met, by the body's rule. */
export const QuorumLine = ({ quorum, testId }: { quorum: Quorum; testId: string }) => {
  const { t } = useTranslation();
  const { tally } = quorum;
  const format = useFormat();
  return (
    <div className="quorum-line" data-testid={testId} data-counted={quorum.counted} data-met={quorum.met}>
      <dl className="quorum-counts">
        <div>
          <dt>{t("attendance.inHall")}</dt>
          <dd data-testid={`${testId}-in-hall`}>{format.number(tally.inHall)}</dd>
        </div>
        <div>
          <dt>{t("attendance.remote")}</dt>
          <dd>{format.number(tally.remote)}</dd>
        </div>
        <div>
          <dt>{t("attendance.absent")}</dt>
          <dd>{format.number(tally.absent)}</dd>
        </div>
        {quorum.proxies > 0 && (
          <div>
            <dt>{t("attendance.proxies")}</dt>
            <dd>{format.number(quorum.proxies)}</dd>
          </div>
        )}
      </dl>
      <p className={`quorum-verdict ${quorum.met ? "quorum-met" : "quorum-missing"}`} role="status">
        {t("attendance.present", { count: quorum.counted, members: tally.members })}{" "}
        {quorum.met
          ? t("attendance.quorumMet", { count: quorum.required })
          : t(quorum.whenMissing === "refuse" ? "attendance.quorumMissingRefuse" : "attendance.quorumMissingWarn", {
              count: quorum.required,
            })}
      </p>
    </div>
  );
};
