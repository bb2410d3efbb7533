import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";

/** Publishes or withdraws a subject under the version on screen; a stale version asks for a reload. */
export const PublishButton = ({
  published,
  publish,
  onDone,
}: {
  published: boolean;
  publish: (published: boolean) => Promise<unknown>;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const press = async () => {
    setPending(true);
    setError(null);
    try {
      await publish(!published);
      onDone();
    } catch (cause) {
      setError(
        cause instanceof ApiError && cause.code === "stale_version"
          ? t("setup.publish.stale")
          : t("setup.form.failed", { message: cause instanceof Error ? cause.message : "" }),
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
      <Button className="button button-quiet" isPending={pending} onPress={() => void press()}>
        {published ? t("setup.publish.unpublish") : t("setup.publish.publish")}
      </Button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
};
