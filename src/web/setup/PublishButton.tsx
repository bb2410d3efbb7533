import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { ConfirmAction } from "../components/ConfirmAction.js";
import { failureInWords } from "../api/failure.js";

/**
 * Publishes or withdraws a subject under the version on screen, after a confirmation that says what the public
 * will see; withdrawing asks why (recorded with the person's name). A stale version asks for a reload.
 */
export const PublishButton = ({
  published,
  publish,
  onDone,
}: {
  published: boolean;
  publish: (published: boolean, reason: string | null) => Promise<unknown>;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const press = async (reason: string) => {
    setPending(true);
    setError(null);
    try {
      await publish(!published, reason || null);
      onDone();
    } catch (cause) {
      setError(
        cause instanceof ApiError && cause.code === "stale_version"
          ? t("setup.publish.stale")
          : t("setup.form.failed", { message: failureInWords(t, cause) }),
      );
      if (cause instanceof ApiError && cause.code === "stale_version") onDone();
    } finally {
      setPending(false);
    }
  };
  return (
    <span className="setup-publish">
      <span className={`badge ${published ? "badge-final" : "badge-neutral"}`}>
        {published ? t("setup.publish.published") : t("setup.publish.unpublished")}
      </span>
      <ConfirmAction
        label={published ? t("setup.publish.unpublish") : t("setup.publish.publish")}
        className="button button-quiet"
        isPending={pending}
        onConfirm={(reason) => void press(reason)}
        confirmation={
          published
            ? {
                title: t("confirm.unpublish.title"),
                message: t("confirm.unpublish.message"),
                confirmLabel: t("setup.publish.unpublish"),
                reasonLabel: t("confirm.unpublish.reason"),
              }
            : { title: t("confirm.publish.title"), message: t("confirm.publish.message"), confirmLabel: t("setup.publish.publish") }
        }
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
};
