import { useCallback, useEffect, useRef } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { LiveEvent } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Ml } from "../components/Ml.js";
import { LoadError, Loading } from "../components/Status.js";
import { TranslationScope } from "../components/TranslationScope.js";
import { useLanguage } from "../i18n/index.js";
import { followAfter, useLiveSitting } from "../live/useLiveSitting.js";
import { DocumentView } from "../sitting/DocumentView.js";
import { DraftResolutionView } from "../sitting/DraftResolutionView.js";
import { GroupCard } from "../sitting/GroupCard.js";
import { LiveIndicator } from "../sitting/LiveIndicator.js";
import { SittingHeader } from "../sitting/SittingHeader.js";
import { sittingTexts } from "../sitting/texts.js";
import { useDraftTexts } from "../sitting/useDraftTexts.js";
import { allLanguages, requests } from "../api/client.js";

const RELOAD_DELAY_MS = 150;
/** Events after which the draft resolutions' paragraphs may read differently. */
const CHANGES_DRAFT_TEXTS = /^(draft_resolution|paragraph)\./;

/** Reloads at most once per burst of live events. */
const useCoalesced = (action: () => void): (() => void) => {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(action, RELOAD_DELAY_MS);
  }, [action]);
};

/** A sitting: its agenda and documents, its discussion groups and the draft before it. */
export const SittingPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { resource, reload } = useResource(allLanguages(requests.sittings.get({ params: { id }, query: {} })));
  const texts = useDraftTexts(id);
  const reloadTexts = useCoalesced(texts.reload);
  const reloadSitting = useCoalesced(reload);
  const onEvent = useCallback(
    (event: LiveEvent) => {
      reloadSitting();
      if (CHANGES_DRAFT_TEXTS.test(event.type)) reloadTexts();
    },
    [reloadSitting, reloadTexts],
  );
  const live = useLiveSitting(id, onEvent, { after: followAfter(resource.state === "ready" ? resource.data : null) });
  const title = resource.state === "ready" ? (resource.data.sitting.title.versions[language]?.text ?? null) : null;
  usePageTitle(title ?? t("sitting.title"));

  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const { sitting, event, agenda, groups, draftResolutions } = resource.data;
  const sortedGroups = [...groups].sort((a, b) => a.number - b.number);

  return (
    <div className="page page-sitting">
      <TranslationScope texts={sittingTexts(resource.data, texts.drafts ?? [])}>
        <SittingHeader sitting={sitting} event={event} />
        <div className="sitting-layout">
          <aside className="sitting-aside">
            <nav aria-label={t("sitting.contents")} className="toc">
              <p className="toc-heading">{t("sitting.contents")}</p>
              <ol>
                <li>
                  <a href="#agenda">{t("agenda.title")}</a>
                </li>
                {groups.length > 0 && (
                  <li>
                    <a href="#groups">{t("groups.title")}</a>
                  </li>
                )}
                {draftResolutions.length > 0 && (
                  <li>
                    <a href="#draft">{t("draft.title")}</a>
                  </li>
                )}
                <li>
                  <Link href={paths.plenary(sitting.id)} data-testid="open-plenary">
                    {t("groups.plenary.title")}
                  </Link>
                </li>
              </ol>
            </nav>
            <LiveIndicator status={live} />
          </aside>
          <div className="sitting-content">
            <section id="agenda" aria-labelledby="agenda-heading" className="section">
              <h2 id="agenda-heading">{t("agenda.title")}</h2>
              {agenda.map((item) => (
                <section key={item.id} className="agenda-item" aria-labelledby={`item-${item.id}`}>
                  <h3 id={`item-${item.id}`} className="agenda-item-heading">
                    <span className="agenda-item-number">{t("agenda.item", { number: item.number })}</span>
                    <Ml text={item.title} />
                  </h3>
                  {item.documents.map((document) => (
                    <DocumentView
                      key={document.id}
                      document={document}
                      bodyName={<Ml text={sitting.body.name} />}
                      itemNumber={item.number}
                      groups={sortedGroups}
                    />
                  ))}
                </section>
              ))}
            </section>
            {groups.length > 0 && (
              <section id="groups" aria-labelledby="groups-heading" className="section">
                <h2 id="groups-heading">{t("groups.title")}</h2>
                <div className="group-grid">
                  {sortedGroups.map((group) => (
                    <GroupCard key={group.id} group={group} />
                  ))}
                </div>
              </section>
            )}
            {draftResolutions.length > 0 && (
              <section id="draft" aria-labelledby="draft-heading" className="section">
                <h2 id="draft-heading">{t("draft.title")}</h2>
                {draftResolutions.map((draft) => (
                  <DraftResolutionView key={draft.id} draft={draft} text={texts.drafts?.find((d) => d.id === draft.id) ?? null} />
                ))}
              </section>
            )}
          </div>
        </div>
      </TranslationScope>
    </div>
  );
};
