import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { directionOf, isLanguage, LANGUAGES, type Language } from "../../domain/language.js";
import { reportPageAt, reportPages } from "../../domain/projector/group-report.js";
import { failureInWords } from "../api/failure.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage, useMessagesOf } from "../i18n/index.js";
import { GroupReportSlide } from "./GroupReportSlide.js";
import { pagingStep } from "./paging.js";
import { useDocumentLanguage } from "./useDocumentLanguage.js";
import { useReportPresentation } from "./useReportPresentation.js";

/**
 * A group's report full screen in the browser, for a laptop plugged into the hall's projector: the presenter pages
 * with the keyboard or a clicker, in the hall's language; with a hall screen chosen, that screen follows each page.
 */
export const ReportPresenterPage = ({ groupId, lang }: { readonly groupId: string; readonly lang: string | null }) => {
  const ui = useLanguage();
  const { t: uiT } = useTranslation();
  const [language, setLanguage] = useState<Language>(isLanguage(lang) ? lang : ui);
  const { t, ready } = useMessagesOf(language);
  const dir = directionOf(language);
  const { resource, show } = useReportPresentation(groupId);
  const [page, setPage] = useState(0);
  const [screenId, setScreenId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  useDocumentLanguage(language);
  usePageTitle(uiT("report.presenterTitle"));

  const data = resource.state === "ready" ? resource.data : null;
  const pages = useMemo(() => (data ? reportPages(data.report) : []), [data]);
  const screen = data?.screens.find((s) => s.id === screenId) ?? null;

  const go = useCallback(
    (to: number) => {
      const { index } = reportPageAt(pages, to);
      setPage(index);
      if (screen)
        show(screen, index).then(
          () => setError(null),
          (cause: unknown) => setError(failureInWords(uiT, cause)),
        );
    },
    [pages, screen, show, uiT],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ["SELECT", "INPUT", "TEXTAREA", "BUTTON"].includes(target.tagName) && e.key !== "PageDown" && e.key !== "PageUp")
        return;
      const step = pagingStep(e.key, dir);
      if (!step) return;
      e.preventDefault();
      go(step === "next" ? page + 1 : step === "previous" ? page - 1 : step === "first" ? 0 : pages.length - 1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dir, go, page, pages.length]);

  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const report = resource.data.report;

  if (!ready) return <Loading />;
  return (
    <div className="report-presenter">
      <div ref={stage} className="projector report-stage" lang={language} dir={dir} data-testid="report-presenter" tabIndex={-1}>
        <GroupReportSlide report={report} page={page} language={language} t={t} />
      </div>
      <nav className="report-presenter-bar" aria-label={uiT("report.controls")} lang={ui} dir={directionOf(ui)}>
        <a href={paths.groupRecommendations(groupId)} className="button button-quiet button-small">
          {uiT("report.back")}
        </a>
        <button
          type="button"
          className="button button-small"
          onClick={() => go(page - 1)}
          disabled={page === 0}
          data-testid="report-previous"
        >
          {uiT("report.previous")}
        </button>
        <span data-testid="report-position">{uiT("report.page", { page: page + 1, pages: pages.length })}</span>
        <button
          type="button"
          className="button button-small"
          onClick={() => go(page + 1)}
          disabled={page >= pages.length - 1}
          data-testid="report-next"
        >
          {uiT("report.next")}
        </button>
        <label>
          {uiT("report.language")}{" "}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="report-language">
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {uiT(`languageName.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {uiT("report.followScreen")}{" "}
          <select
            value={screenId}
            onChange={(e) => {
              setScreenId(e.target.value);
              const chosen = resource.data.screens.find((s) => s.id === e.target.value);
              if (chosen) {
                setLanguage(chosen.language);
                show(chosen, page).then(
                  () => setError(null),
                  (cause: unknown) => setError(failureInWords(uiT, cause)),
                );
              }
            }}
            data-testid="report-screen"
          >
            <option value="">{uiT("report.noScreen")}</option>
            {resource.data.screens.map((s) => (
              <option key={s.id} value={s.id}>
                {uiT("report.screenOption", { name: s.name, number: s.sittingNumber })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-small button-primary"
          onClick={() => void stage.current?.requestFullscreen?.().catch(() => undefined)}
          data-testid="report-fullscreen"
        >
          {uiT("report.fullScreen")}
        </button>
        {resource.data.unpublished > 0 && (
          <span className="report-warning" data-testid="report-unpublished">
            {uiT("report.unpublished", { count: resource.data.unpublished })}
          </span>
        )}
        {error && (
          <span className="report-warning" role="alert">
            {error}
          </span>
        )}
      </nav>
    </div>
  );
};
