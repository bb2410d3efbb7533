import { useCallback, useEffect, useRef, useState } from "react";
import { directionOf, type Language } from "../../domain/language.js";
import { allLanguages, ApiError, requests } from "../api/client.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { clockOffset } from "../groups/countdown.js";
import { useLanguage, useMessagesOf } from "../i18n/index.js";
import { Loading } from "../components/Status.js";
import { useLiveSitting } from "../live/useLiveSitting.js";
import { Slide } from "./Slide.js";
import type { SlideView } from "./slide-view.js";
import { useDocumentLanguage } from "./useDocumentLanguage.js";

/** How often an unattended screen reads its slide even without news: a speakers list changes without telling the public. */
const REFRESH_MS = 20_000;

type Hall =
  | { readonly state: "loading" }
  | { readonly state: "invalid"; readonly language: Language | null }
  | {
      readonly state: "ready";
      readonly name: string;
      readonly language: Language;
      readonly shownAt: string;
      readonly sittingId: string;
      readonly slide: SlideView;
      readonly offset: number;
    };

/** Reads the screen's slide through its address; keeps the last one on screen while the network is down. */
const useHall = (token: string) => {
  const [hall, setHall] = useState<Hall>({ state: "loading" });
  const latest = useRef(0);
  const reload = useCallback(() => {
    const mine = ++latest.current;
    allLanguages(requests.projectors.hall({ params: { token } }))
      .send()
      .then(
        (h) => mine === latest.current && setHall({ state: "ready", ...h, offset: clockOffset(h.serverTime, Date.now()) }),
        (cause: unknown) => {
          if (mine !== latest.current) return;
          // A screen whose address was re-issued says so in its hall's language; a network failure keeps the last slide.
          if (cause instanceof ApiError && (cause.status === 404 || cause.status === 400))
            setHall((h) => ({ state: "invalid", language: h.state === "loading" ? null : h.language }));
        },
      );
  }, [token]);
  useEffect(() => {
    reload();
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { hall, reload };
};

/**
 * The page a hall's computer opens, without signing in: its address carries the screen's token. It shows the
 * slide the secretariat or the chair chose, in the hall's language, follows the sitting live and reconnects by itself.
 */
export const HallScreenPage = ({ token }: { readonly token: string }) => {
  const ui = useLanguage();
  const { hall, reload } = useHall(token);
  const language: Language = (hall.state === "loading" ? null : hall.language) ?? ui;
  const { t, ready } = useMessagesOf(language);
  useDocumentLanguage(language);
  usePageTitle(hall.state === "ready" ? hall.name : t("projectors.title"));
  const onEvent = useCallback(() => reload(), [reload]);
  useLiveSitting(hall.state === "ready" ? hall.sittingId : null, onEvent, { onSynced: reload, screenToken: token });

  if (!ready) return <Loading />;
  return (
    <div
      className="projector"
      lang={language}
      dir={directionOf(language)}
      data-testid="hall-screen"
      data-slide={hall.state === "ready" ? hall.slide.kind : hall.state}
    >
      {hall.state === "loading" && <p className="projector-message">{t("status.loading")}</p>}
      {hall.state === "invalid" && (
        <p className="projector-message" data-testid="hall-invalid">
          {t("projectors.hall.invalid")}
        </p>
      )}
      {hall.state === "ready" && <Slide slide={hall.slide} shownAt={hall.shownAt} offset={hall.offset} language={language} t={t} />}
    </div>
  );
};
