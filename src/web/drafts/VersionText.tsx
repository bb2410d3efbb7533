import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { Badge } from "../components/Badge.js";
import type { LanguageVersionView } from "./types.js";
import { UiText } from "./UiText.js";

/** One language of a paragraph: its text, or a plain statement that it is missing or needs translating. */
export const VersionText = ({ version, className }: { version: LanguageVersionView; className?: string }) => {
  const { t } = useTranslation();
  if (version.text === null)
    return (
      <p className={["version-text", "version-missing", className].filter(Boolean).join(" ")}>
        <UiText>
          <Badge tone="missing">{t(`drafts.status.${version.status}`)}</Badge>
        </UiText>
      </p>
    );
  return (
    <p className={["version-text", className].filter(Boolean).join(" ")} lang={version.language} dir={directionOf(version.language)}>
      {version.text}
      {version.status === "draft" && (
        <>
          {" "}
          <UiText>
            <Badge tone="draft">{t("drafts.status.draft")}</Badge>
          </UiText>
        </>
      )}
    </p>
  );
};
