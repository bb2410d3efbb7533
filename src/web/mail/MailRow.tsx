import { useTranslation } from "react-i18next";
import type { Output } from "../api/client.js";
import type { routes } from "../../api/routes.js";

type Mail = Output<(typeof routes)["mail"]["list"]>["mail"][number];

/** One outgoing mail: recipient, subject, state, attempts and last error, with its text to unfold. */
export const MailRow = ({ mail }: { mail: Mail }) => {
  const { t } = useTranslation();
  return (
    <tr>
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
      <td>{t(`mail.states.${mail.state}`)}</td>
      <td>{mail.attempts}</td>
      <td dir="auto">{mail.lastError ?? ""}</td>
    </tr>
  );
};
