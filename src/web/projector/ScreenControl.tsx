import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMessagesOf } from "../i18n/index.js";
import { directionOf } from "../../domain/language.js";
import { allLanguages, api, requests, type BodyOf } from "../api/client.js";
import { failureInWords } from "../api/failure.js";
import type { Routes } from "../../api/routes.js";
import { clockOffset } from "../groups/countdown.js";
import type { ProjectorList, ProjectorRecord } from "./list.js";
import { Slide } from "./Slide.js";
import type { SlideView } from "./slide-view.js";
import { SlideComposer } from "./SlideComposer.js";
import { slideLabel, type SlideChoice } from "./slideLabel.js";

/** The previous and next page of a group's report shown on the screen (the hall shows its last page past the end). */
const ReportPaging = ({
  slide,
  busy,
  onShow,
}: {
  slide: Extract<SlideChoice, { kind: "group_report" }>;
  busy: boolean;
  onShow: (slide: SlideChoice) => void;
}) => {
  const { t } = useTranslation();
  const page = slide.page ?? 0;
  return (
    <div className="button-row" role="group" aria-label={t("report.controls")}>
      <button type="button" disabled={busy || page === 0} onClick={() => onShow({ ...slide, page: page - 1 })}>
        {t("report.previous")}
      </button>
      <button type="button" disabled={busy} onClick={() => onShow({ ...slide, page: page + 1 })} data-testid="report-screen-next">
        {t("report.next")}
      </button>
    </div>
  );
};

type Step = BodyOf<Routes["projectors"]["step"]>["step"];

interface ScreenControlProps {
  readonly screen: ProjectorRecord;
  readonly list: ProjectorList;
  readonly onChanged: () => void;
  readonly onAddress: (name: string, address: string) => void;
}

/** One hall screen: what it shows, the slides prepared, a composer with a preview in the hall's language. */
export const ScreenControl = ({ screen, list, onChanged, onAddress }: ScreenControlProps) => {
  const { t } = useTranslation();
  const hallT = useMessagesOf(screen.language).t;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ slide: SlideView; at: string; offset: number } | null>(null);

  const run = async (f: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
      onChanged();
    } catch (cause) {
      setError(failureInWords(t, cause));
    } finally {
      setBusy(false);
    }
  };
  // The version the last step answered with: a second step taken before the list is read again is not refused as stale.
  const [answered, setAnswered] = useState(0);
  const step = (s: Step) =>
    run(async () => {
      const done = await api.projectors.step({ params: { id: screen.id }, body: { version: Math.max(screen.version, answered), step: s } });
      setAnswered(done.version);
    });
  const showPreview = (slide: SlideChoice) =>
    run(async () => {
      const answer = await allLanguages(requests.projectors.preview({ params: { id: screen.id }, body: { slide } })).send();
      setPreview({ slide: answer.slide, at: answer.serverTime, offset: clockOffset(answer.serverTime, Date.now()) });
    });
  const reissue = () =>
    run(async () => {
      const answer = await api.projectors.reissue({ params: { id: screen.id } });
      onAddress(answer.projector.name, answer.address);
    });

  return (
    <section className="projector-control card" data-testid="screen-control" data-screen={screen.name}>
      <h2>
        <bdi>{screen.name}</bdi> · {t(`languageName.${screen.language}`)}
      </h2>
      <p data-testid="screen-current">{t("projectors.showing", { slide: slideLabel(screen.current, t) })}</p>
      {screen.permissions.control && screen.current.kind === "group_report" && (
        <ReportPaging slide={screen.current} busy={busy} onShow={(slide) => void step({ type: "show", slide })} />
      )}
      {screen.permissions.control && (
        <>
          <h3>{t("projectors.queue")}</h3>
          {screen.queue.length === 0 ? (
            <p>{t("projectors.queueEmpty")}</p>
          ) : (
            <ol className="projector-queue" data-testid="screen-queue">
              {screen.queue.map((q) => (
                <li key={q.id}>
                  <bdi>{slideLabel(q.slide, t)}</bdi>{" "}
                  <button type="button" disabled={busy} onClick={() => void showPreview(q.slide)}>
                    {t("projectors.preview")}
                  </button>{" "}
                  <button type="button" disabled={busy} onClick={() => void step({ type: "show_queued", id: q.id })}>
                    {t("projectors.show")}
                  </button>{" "}
                  <button type="button" disabled={busy} onClick={() => void step({ type: "remove", id: q.id })}>
                    {t("projectors.remove")}
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button
            type="button"
            disabled={busy || screen.queue.length === 0}
            onClick={() => void step({ type: "show_next" })}
            data-testid="show-next"
          >
            {t("projectors.showNext")}
          </button>
          <SlideComposer
            list={list}
            busy={busy}
            onPreview={(slide) => void showPreview(slide)}
            onShow={(slide) => void step({ type: "show", slide })}
            onEnqueue={(slide) => void step({ type: "enqueue", slide })}
          />
        </>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {preview && (
        <figure className="projector-preview-frame">
          <figcaption>{t("projectors.previewHeading", { language: t(`languageName.${screen.language}`) })}</figcaption>
          <div
            className="projector projector-preview"
            lang={screen.language}
            dir={directionOf(screen.language)}
            data-testid="screen-preview"
          >
            <Slide slide={preview.slide} shownAt={preview.at} offset={preview.offset} language={screen.language} t={hallT} />
          </div>
        </figure>
      )}
      {screen.permissions.manage && (
        <button type="button" disabled={busy} onClick={() => void reissue()}>
          {t("projectors.reissue")}
        </button>
      )}
    </section>
  );
};
