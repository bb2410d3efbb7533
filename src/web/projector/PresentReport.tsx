import { useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { paths } from "../app/router.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import { useReportPresentation } from "./useReportPresentation.js";

/**
 * The group's rapporteur (or chair) presents the group's report: on a hall screen of its body chosen here, from its
 * first page, or full screen in the browser of a laptop on the hall's projector. Shown to those the server allows.
 */
export const PresentReport = ({ groupId }: { readonly groupId: string }) => {
  const { t } = useTranslation();
  const { resource, reload, show } = useReportPresentation(groupId);
  const [screenId, setScreenId] = useState("");
  const act = useAct();
  if (resource.state !== "ready") return null;
  const { screens, unpublished } = resource.data;
  const chosen = screens.find((s) => s.id === (screenId || screens[0]?.id)) ?? null;

  return (
    <section className="present-report" aria-labelledby="present-report-heading" data-testid="present-report">
      <h2 id="present-report-heading">{t("report.present")}</h2>
      {unpublished > 0 && (
        <p className="notice" data-testid="report-unpublished-note">
          {t("report.unpublished", { count: unpublished })}
        </p>
      )}
      <ErrorNotice error={act.error} />
      {screens.length > 0 ? (
        <div className="button-row">
          <label>
            {t("report.screen")}{" "}
            <select value={chosen?.id ?? ""} onChange={(e) => setScreenId(e.target.value)} data-testid="present-report-screen">
              {screens.map((s) => (
                <option key={s.id} value={s.id}>
                  {t("report.screenOption", { name: s.name, number: s.sittingNumber })}
                </option>
              ))}
            </select>
          </label>
          <ActButton
            label={t("report.presentOnScreen")}
            name="present"
            act={act}
            onPress={async () => {
              if (chosen) await show(chosen, 0);
              reload();
            }}
            testId="present-report-button"
          />
          {chosen?.showing !== null && chosen?.showing !== undefined && (
            <span className="muted" data-testid="present-report-showing">
              {t("report.showingOn", { page: chosen.showing + 1 })}
            </span>
          )}
        </div>
      ) : (
        <p className="muted">{t("report.noScreens")}</p>
      )}
      <p>
        <Link href={paths.reportPresenter(groupId)} className="button button-quiet" data-testid="open-presenter-view">
          {t("report.presenterView")}
        </Link>
      </p>
    </section>
  );
};
