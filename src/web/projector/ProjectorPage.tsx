import { useCallback, useEffect, useState } from "react";
import type { FloorKind } from "../../domain/speakers/types.js";
import { directionOf, isLanguage, type Language } from "../../domain/language.js";
import type { LiveEvent } from "../api/types.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { textIn } from "../groups/options.js";
import { useFollowSitting } from "../groups/useFollowSitting.js";
import { payloadField, useEventRouter } from "../groups/useEventRouter.js";
import { sittingOfGroup } from "../groups/useGroupData.js";
import { useLanguage, useMessagesOf } from "../i18n/index.js";
import { Loading } from "../components/Status.js";
import { ProjectorScreen } from "./ProjectorScreen.js";
import { useDocumentLanguage } from "./useDocumentLanguage.js";
import { useProjector } from "./useProjector.js";

interface ProjectorPageProps {
  readonly kind: FloorKind;
  /** The group's id, or the sitting's for the plenary. */
  readonly id: string;
  /** The room's language from `?lang=`; the interface language when absent or unknown. */
  readonly lang: string | null;
}

/** Which events change what the hall's screen shows. */
const concerns = (event: LiveEvent, key: string): "view"[] => {
  if (event.type.startsWith("speakers_list.") || event.type.startsWith("projector."))
    return payloadField(event, "key") === key ? ["view"] : [];
  return /^(amendment|paragraph|draft_resolution)\./.test(event.type) ? ["view"] : [];
};

/**
 * The hall's screen for a group or a plenary sitting, full screen and in the room's language: it
 * follows the sitting live, and says plainly when the secretariat has not published it.
 */
export const ProjectorPage = ({ kind, id, lang }: ProjectorPageProps) => {
  const ui = useLanguage();
  const language: Language = isLanguage(lang) ? lang : ui;
  const { t, ready } = useMessagesOf(language);
  useDocumentLanguage(language);
  const key = kind === "group" ? `group:${id}` : `plenary:${id}`;
  const { state, reload } = useProjector({ kind, id });
  const [found, setFound] = useState<string | null>(kind === "plenary" ? id : null);
  const sittingId = state.state === "ready" ? state.view.sittingId : found;

  useEffect(() => {
    if (sittingId !== null || state.state === "loading") return;
    const controller = new AbortController();
    sittingOfGroup(id, controller.signal).then(setFound, () => undefined);
    return () => controller.abort();
  }, [id, sittingId, state.state]);

  const router = useEventRouter(
    { view: reload },
    useCallback((event: LiveEvent) => concerns(event, key), [key]),
  );
  useFollowSitting(sittingId, router);
  usePageTitle(
    state.state === "ready" ? `${t("groups.projector.title")} · ${textIn(state.view.title, language).text}` : t("groups.projector.title"),
  );

  if (!ready) return <Loading />;
  return (
    <div className="projector" lang={language} dir={directionOf(language)} data-testid="projector">
      {state.state === "loading" && <p className="projector-message">{t("status.loading")}</p>}
      {state.state === "unpublished" && (
        <p className="projector-message" data-testid="projector-unpublished">
          {t("groups.projector.notPublished")}
        </p>
      )}
      {state.state === "error" && (
        <p className="projector-message">{state.error.status === 404 ? t("status.notFound") : t("status.failed")}</p>
      )}
      {state.state === "ready" && <ProjectorScreen view={state.view} offset={state.offset} language={language} t={t} />}
    </div>
  );
};
