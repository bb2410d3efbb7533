import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
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

type Item = DraftTranslations["items"][number];
type Turnaround = DraftTranslations["turnarounds"][number];

/** The reader's language and, once read, each amendment's wording and turnaround by amendment, found at once by every card. */
interface Shared {
  readonly language: Language;
  readonly wordings: ReadonlyMap<string, Item> | null;
  readonly turnarounds: ReadonlyMap<string, Turnaround> | null;
}

const Translations = createContext<Shared | null>(null);

/** Each amendment's wording translation and turnaround by amendment id: the first of each, as a search of the lists finds. */
export const byAmendment = (data: DraftTranslations): Pick<Shared, "wordings" | "turnarounds"> => {
  const wordings = new Map<string, Item>();
  for (const item of data.items) if (item.part === "wording" && !wordings.has(item.sourceId)) wordings.set(item.sourceId, item);
  const turnarounds = new Map<string, Turnaround>();
  for (const found of data.turnarounds) if (!turnarounds.has(found.sourceId)) turnarounds.set(found.sourceId, found);
  return { wordings, turnarounds };
};

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
  const value = useMemo(
    (): Shared => ({ language, ...(data ? byAmendment(data) : { wordings: null, turnarounds: null }) }),
    [language, data],
  );
  return <Translations.Provider value={value}>{children}</Translations.Provider>;
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
  const context = useContext(Translations);
  const original = (
    <p className={className} data-testid={testId} lang={a.language} dir={directionOf(a.language)}>
      <TrackedChanges changes={a.changes} language={a.language} />
    </p>
  );
  if (!context || context.language === a.language) return original;
  return (
    <InReaderLanguage amendment={a} language={context.language} item={context.wordings?.get(a.id)} className={className} testId={testId}>
      {original}
    </InReaderLanguage>
  );
};

/** An amendment tabled in another language than the reader's: its translation when final, else a flag over the original. */
const InReaderLanguage = ({
  amendment: a,
  language,
  item,
  className,
  testId,
  children: original,
}: {
  amendment: Wording;
  language: Language;
  item: Item | undefined;
  className: string;
  testId: string | undefined;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  if (item?.status === "final" && item.changes) {
    return (
      <>
        <p className="translation-flag" data-testid="translation-status" data-status="final">
          <Badge tone="live">{t("translations.reader.translated", { language: t(`languageName.${a.language}`) })}</Badge>
        </p>
        <p className={className} data-testid={testId} data-translated={language} lang={language} dir={directionOf(language)}>
          <TrackedChanges changes={item.changes} language={language} />
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
  const found = useContext(Translations)?.turnarounds?.get(amendmentId);
  return found ? <TurnaroundLine milliseconds={found.milliseconds} /> : null;
};

const TurnaroundLine = ({ milliseconds }: { milliseconds: Turnaround["milliseconds"] }) => {
  const { t } = useTranslation();
  return (
    <p className="muted translation-turnaround" data-testid="amendment-turnaround">
      {t("translations.turnaround.one", { duration: duration(t, milliseconds) })}
    </p>
  );
};
