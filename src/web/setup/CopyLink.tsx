import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { absoluteLink } from "./api.js";

/** An invitation link, complete with this site's address, and a button that copies it. */
export const CopyLink = ({ link, name }: { link: string; name: string }) => {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const full = absoluteLink(link, window.location.origin);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(full);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <span className="setup-link">
      <code dir="ltr" data-testid="invitation-link">
        {full}
      </code>
      <Button
        className="button button-quiet button-small"
        onPress={() => void copy()}
        aria-label={t("setup.participants.copyFor", { name })}
      >
        {t("setup.participants.copy")}
      </Button>
      <span role="status" className="setup-copied">
        {copied ? t("setup.participants.copied") : ""}
      </span>
    </span>
  );
};
