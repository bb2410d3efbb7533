import { useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { NOTIFICATION_KINDS } from "../../domain/notifications/kinds.js";
import { formatDate } from "../../domain/dates.js";
import { api, requests } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { noticeText } from "./noticeText.js";
import { useInbox } from "./useInbox.js";

/** The e-mail choice per kind: in the app always, by e-mail on or off. */
const Preferences = () => {
  const { t } = useTranslation();
  const { resource, reload } = useResource(requests.notifications.preferences());
  const [saving, setSaving] = useState<string | null>(null);
  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const choose = async (kind: (typeof NOTIFICATION_KINDS)[number], email: boolean) => {
    setSaving(kind);
    try {
      await api.notifications.setPreference({ body: { kind, email } });
      reload();
    } finally {
      setSaving(null);
    }
  };
  return (
    <section aria-labelledby="notification-preferences">
      <h2 id="notification-preferences">{t("notifications.preferences.title")}</h2>
      <p>{t("notifications.preferences.lede")}</p>
      <table className="setup-table notification-preferences">
        <thead>
          <tr>
            <th scope="col">{t("notifications.preferences.kind")}</th>
            <th scope="col">{t("notifications.preferences.inApp")}</th>
            <th scope="col">{t("notifications.preferences.email")}</th>
          </tr>
        </thead>
        <tbody>
          {resource.data.preferences.map((p) => (
            <tr key={p.kind}>
              <th scope="row">{t(`notifications.kind.${p.kind}`)}</th>
              <td>{t("notifications.preferences.always")}</td>
              <td>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={p.email}
                    disabled={saving !== null}
                    onChange={(e) => void choose(p.kind, e.currentTarget.checked)}
                    data-testid={`email-${p.kind}`}
                  />
                  <span className="visually-hidden">
                    {t("notifications.preferences.emailFor", { kind: t(`notifications.kind.${p.kind}`) })}
                  </span>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};

/** The signed-in person's notifications, newest first, new ones arriving live; read one by one or all at once. */
export const NotificationsPage = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  usePageTitle(t("notifications.title"));
  const { resource, reload } = useResource(requests.notifications.list({ query: { limit: 100 } }));
  useInbox(session.account?.id ?? null, reload);
  // Numbers as the rest of the interface writes them (the UN style: Western digits in every language).
  const number = (value: number) => String(value);
  const markRead = async (ids?: string[]) => {
    await api.notifications.markRead({ body: ids ? { ids } : {} });
    reload();
  };

  if (session.status === "ready" && !session.account)
    return (
      <div className="page">
        <h1>{t("notifications.title")}</h1>
        <p>
          <Link href={paths.signIn(paths.notifications)}>{t("header.signIn")}</Link>
        </p>
      </div>
    );
  return (
    <div className="page notifications-page">
      <h1>{t("notifications.title")}</h1>
      {resource.state === "loading" && <Loading />}
      {resource.state === "error" && <LoadError error={resource.error} />}
      {resource.state === "ready" && (
        <section aria-labelledby="notification-list">
          <h2 id="notification-list" className="visually-hidden">
            {t("notifications.title")}
          </h2>
          <p className="lede" data-testid="unread-count">
            {t("notifications.unread", { count: resource.data.unread, formatted: number(resource.data.unread) })}
          </p>
          {resource.data.unread > 0 && (
            <p>
              <Button className="button" onPress={() => void markRead()}>
                {t("notifications.markAllRead")}
              </Button>
            </p>
          )}
          {resource.data.notifications.length === 0 ? (
            <p>{t("notifications.none")}</p>
          ) : (
            <ul className="notification-list" data-testid="notification-list">
              {resource.data.notifications.map((n) => (
                <li key={n.id} className={n.readAt ? "notification" : "notification notification-unread"} data-testid="notification">
                  <Link href={n.link} className="notification-text" onPress={() => void (n.readAt ? undefined : markRead([n.id]))}>
                    {noticeText(t, n, number)}
                  </Link>
                  <span className="notification-meta">
                    <span className="notification-kind">{t(`notifications.kind.${n.kind}`)}</span>
                    {" · "}
                    <time dateTime={n.createdAt}>
                      {formatDate(n.createdAt.slice(0, 10), language)} <bdi>{n.createdAt.slice(11, 16)} UTC</bdi>
                    </time>
                  </span>
                  {!n.readAt && (
                    <Button className="button button-quiet" onPress={() => void markRead([n.id])}>
                      {t("notifications.markRead")}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {session.account && <Preferences />}
    </div>
  );
};
