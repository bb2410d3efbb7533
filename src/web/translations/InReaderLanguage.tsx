import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { directionOf, type Language } from "../../domain/language.js";
import type { Change } from "../../domain/text/diff.js";
import type { Routes } from "../../api/routes.js";
import { requests, type Output } from "../api/client.js";
import { useMaybe } from "../committee/useMaybe.js";
import { Badge } from "../components/Badge.js";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import { duration } from "./format.js";

type DraftTranslations = Output<Routes["translations"]["draft"]>;

const Translations = createContext<{ readonly language: Language; readonly data: DraftTranslations | null } | null>(null);

/**
 * Reads a draft's amendments in one reader's language once for the whole page (the draft's or the committee's), and
 * again whenever `refresh` changes (the page's amendments were read again).
 */
export const DraftTranslationsProvider = ({
  draftId,
  language,
  refresh,
  children,
}: {
  draftId: string;
  language: Language;
  refresh: unknown;
  children: ReactNode;
}) => {
  const { data, reload } = useMaybe(requests.translations.draft({ params: { id: draftId }, query: { lang: language } }));
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [refresh, reload]);
  return <Translations.Provider value={{ language, data }}>{children}</Translations.Provider>;
};

interface Wording {
  readonly id: string;
  readonly language: Language;
  readonly changes: readonly Change[];
}

/**
 * An amendment's wording for its reader: in the reader's language when its translation is final, with its changes
 * against the paragraph in that language and its status; otherwise "translation needed" and the original with its
 * changes in the original language. Outside a provider, or read in its own language, the original.
 */
export const AmendmentWording = ({ amendment: a, className, testId }: { amendment: Wording; className: string; testId?: string }) => {
  const { t } = useTranslation();
  const context = useContext(Translations);
  const original = (
    <p className={className} data-testid={testId} lang={a.language} dir={directionOf(a.language)}>
      <TrackedChanges changes={a.changes} language={a.language} />
    </p>
  );
  if (!context || context.language === a.language) return original;
  const item = context.data?.items.find((i) => i.sourceId === a.id && i.part === "wording");
  if (item?.status === "final" && item.changes) {
    return (
      <>
        <p className="translation-flag" data-testid="translation-status" data-status="final">
          <Badge tone="live">{t("translations.reader.translated", { language: t(`languageName.${a.language}`) })}</Badge>
        </p>
        <p
          className={className}
          data-testid={testId}
          data-translated={context.language}
          lang={context.language}
          dir={directionOf(context.language)}
        >
          <TrackedChanges changes={item.changes} language={context.language} />
        </p>
      </>
    );
  }
  return (
    <>
      <p className="translation-flag" data-testid="translation-status" data-status={item?.status ?? "missing"}>
        <Badge tone="missing">{t("translations.reader.needed")}</Badge>{" "}
        <span className="muted">{t("translations.reader.original", { language: t(`languageName.${a.language}`) })}</span>
      </p>
      {original}
    </>
  );
};

/** For the secretariat: how long an amendment took from tabling to every language, or that a language is awaited. */
export const AmendmentTurnaround = ({ amendmentId }: { amendmentId: string }) => {
  const { t } = useTranslation();
  const found = useContext(Translations)?.data?.turnarounds.find((x) => x.sourceId === amendmentId);
  if (!found) return null;
  return (
    <p className="muted translation-turnaround" data-testid="amendment-turnaround">
      {t("translations.turnaround.one", { duration: duration(t, found.milliseconds) })}
    </p>
  );
};
