import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { requests } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { useInbox } from "./useInbox.js";

const Bell = () => (
  <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="bell-icon">
    <path
      d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zM10 19a2 2 0 0 0 4 0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinejoin="round"
    />
  </svg>
);

/** The banner's bell: how many notifications are unread, counted up live, leading to the notifications page. */
export const NotificationBell = ({ accountId }: { accountId: string }) => {
  const { t } = useTranslation();
  const { resource, reload } = useResource(requests.notifications.list({ query: { limit: 1 } }));
  useInbox(accountId, reload);
  const unread = resource.state === "ready" ? resource.data.unread : 0;
  return (
    <Link href={paths.notifications} className="button button-quiet notification-bell" data-testid="notification-bell">
      <Bell />
      <span className="visually-hidden">{t("notifications.bell", { count: unread })}</span>
      {unread > 0 && (
        <span className="notification-count" aria-hidden="true" data-testid="notification-count">
          {unread}
        </span>
      )}
    </Link>
  );
};
