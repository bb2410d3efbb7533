import { useTranslation } from "react-i18next";
import type { LiveStatus } from "../live/useLiveSitting.js";

/** Tells the reader whether the page follows the sitting as it happens. */
export const LiveIndicator = ({ status }: { status: LiveStatus }) => {
  const { t } = useTranslation();
  return (
    <p className={`live-indicator live-${status}`} role="status" aria-live="polite">
      <span className="live-dot" aria-hidden="true" />
      {t(`live.${status}`)}
    </p>
  );
};
