import { useTranslation } from "react-i18next";
import type { ApiError } from "../api/client.js";

export const Loading = () => {
  const { t } = useTranslation();
  return (
    <p className="status status-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t("status.loading")}
    </p>
  );
};

/** Says what went wrong with a load, in the reader's language, from the error's stable code. */
export const LoadError = ({ error }: { error: ApiError }) => {
  const { t } = useTranslation();
  const key =
    error.status === 404
      ? "status.notFound"
      : error.status === 403 || error.status === 401
        ? "status.forbidden"
        : error.status === 0
          ? "status.offline"
          : "status.failed";
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(key)}</p>
    </div>
  );
};
