import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { requests } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { MailRow } from "./MailRow.js";
import { TableScroll } from "../components/TableScroll.js";

/** Outgoing mail for the secretariat: every mail with its state, attempts and last error, and its text. */
export const OutgoingMailPage = () => {
  const { t } = useTranslation();
  usePageTitle(t("mail.title"));
  const { resource, reload } = useResource(requests.mail.list({ query: { limit: 200 } }));
  const waiting = resource.state === "ready" && resource.data.mail.some((m) => m.state === "queued");
  // While mail waits to leave, the list follows it by itself: delivery happens in the background.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, 3000);
    return () => clearInterval(timer);
  }, [waiting, reload]);

  return (
    <div className="page">
      <h1>{t("mail.title")}</h1>
      {resource.state === "loading" && <Loading />}
      {resource.state === "error" && <LoadError error={resource.error} />}
      {resource.state === "ready" && (
        <>
          <p className="lede">{t(resource.data.delivery === "smtp" ? "mail.bySmtp" : "mail.byLog")}</p>
          <p>
            <button type="button" className="button" onClick={reload}>
              {t("mail.refresh")}
            </button>
          </p>
          {resource.data.mail.length === 0 ? (
            <p>{t("mail.none")}</p>
          ) : (
            <TableScroll label={t("mail.title")}>
              <table className="setup-table">
                <thead>
                  <tr>
                    <th scope="col">{t("mail.recipient")}</th>
                    <th scope="col">{t("mail.subject")}</th>
                    <th scope="col">{t("mail.state")}</th>
                    <th scope="col">{t("mail.attempts")}</th>
                    <th scope="col">{t("mail.lastError")}</th>
                    <th scope="col">{t("mail.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {resource.data.mail.map((m) => (
                    <MailRow key={m.id} mail={m} onRetried={reload} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </div>
  );
};
