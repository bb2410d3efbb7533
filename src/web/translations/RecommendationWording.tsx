import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import type { Routes } from "../../api/routes.js";
import type { Output } from "../api/client.js";
import { Badge } from "../components/Badge.js";

type Item = Output<Routes["translations"]["draft"]>["items"][number];

/**
 * A recommendation's text for one guiding question, as a reader of `reader` sees it once the group agreed it: the final
 * translation into the reader's language, otherwise "translation needed" and the original in its own language.
 */
export const RecommendationWording = ({
  text,
  language,
  reader,
  item,
}: {
  text: string;
  language: Language;
  reader: Language;
  item: Item | undefined;
}) => {
  const { t } = useTranslation();
  const original = (
    <p lang={language} dir={directionOf(language)} className="rec-text-body">
      {text}
    </p>
  );
  if (reader === language) return original;
  if (item?.status === "final" && item.text)
    return (
      <>
        <p className="translation-flag" data-testid="translation-status" data-status="final">
          <Badge tone="live">{t("translations.reader.translated", { language: t(`languageName.${language}`) })}</Badge>
        </p>
        <p lang={reader} dir={directionOf(reader)} className="rec-text-body" data-translated={reader}>
          {item.text}
        </p>
      </>
    );
  return (
    <>
      <p className="translation-flag" data-testid="translation-status" data-status={item?.status ?? "missing"}>
        <Badge tone="missing">{t("translations.reader.needed")}</Badge>{" "}
        <span className="muted">{t("translations.reader.original", { language: t(`languageName.${language}`) })}</span>
      </p>
      {original}
    </>
  );
};
