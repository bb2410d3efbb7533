import { useTranslation } from "react-i18next";
import type { Output } from "../api/client.js";
import { api } from "../api/client.js";
import type { routes } from "../../api/routes.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";

type Mail = Output<(typeof routes)["mail"]["list"]>["mail"][number];

/** A mail that can be tried again at once: waiting after a failed attempt, or given up. */
export const canRetry = (mail: Pick<Mail, "state" | "attempts">): boolean =>
  mail.state === "failed" || (mail.state === "queued" && mail.attempts > 0);

/** One outgoing mail: recipient, subject, state, attempts and last error, with its text to unfold and "try again now". */
export const MailRow = ({ mail, onRetried }: { mail: Mail; onRetried: () => void }) => {
  const { t, i18n } = useTranslation();
  const act = useAct();
  const next =
    mail.state === "queued" && mail.attempts > 0 && mail.nextAttemptAt
      ? new Intl.DateTimeFormat(i18n.language, { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(
          new Date(mail.nextAttemptAt),
        )
      : null;
  return (
    <tr data-testid="mail" data-recipient={mail.recipient} data-state={mail.state}>
      <td>
        <bdi dir="ltr">{mail.recipient}</bdi>
      </td>
      <td lang={mail.language} dir="auto">
        <details>
          <summary>{mail.subject}</summary>
          <pre className="mail-text" lang={mail.language} dir="auto" style={{ whiteSpace: "pre-wrap" }}>
            {mail.text}
          </pre>
        </details>
      </td>
      <td>
        {t(`mail.states.${mail.state}`)}
        {next && <div className="muted">{t("mail.nextAttempt", { time: next })}</div>}
      </td>
      <td>{mail.attempts}</td>
      <td dir="auto">{mail.lastError ?? ""}</td>
      <td>
        {canRetry(mail) && (
          <ActButton
            quiet
            label={t("mail.retryNow")}
            name={`retry-${mail.id}`}
            act={act}
            testId="mail-retry"
            onPress={() => api.mail.retry({ params: { id: mail.id } }).then(onRetried)}
          />
        )}
        <ErrorNotice error={act.error} />
      </td>
    </tr>
  );
};
