import type { TFunction } from "i18next";
import type { Language } from "../../domain/language.js";
import type { MultilingualText } from "../../domain/multilingual.js";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import { Countdown } from "../groups/Countdown.js";
import { textIn } from "../groups/options.js";
import { SpeakerBadges } from "../groups/SpeakerBadges.js";
import type { ProjectorView } from "../groups/types.js";

/** A multilingual text in the room's language, or its original marked with its own language and direction. */
export const RoomText = ({ text, language, className }: { text: MultilingualText; language: Language; className?: string }) => {
  const shown = textIn(text, language);
  return (
    <span className={className} lang={shown.lang} dir={shown.dir}>
      {shown.text}
    </span>
  );
};

interface ScreenProps {
  readonly view: ProjectorView;
  readonly offset: number;
  readonly language: Language;
  readonly t: TFunction;
}

export const Paragraph = ({
  paragraph,
  language,
  t,
}: {
  paragraph: NonNullable<ProjectorView["paragraph"]>;
  language: Language;
  t: TFunction;
}) => (
  <section className="projector-paragraph" aria-labelledby="projector-paragraph-heading" data-testid="projector-paragraph">
    <h2 id="projector-paragraph-heading" className="projector-label">
      {t("groups.projector.paragraph", { label: paragraph.label })}
    </h2>
    <p className="projector-paragraph-text">
      <RoomText text={paragraph.text} language={language} />
    </p>
    {paragraph.subParagraphs.map((s) => (
      <p key={s.id} className="projector-paragraph-text projector-sub">
        <span className="projector-sub-label">{s.label}</span> <RoomText text={s.text} language={language} />
      </p>
    ))}
    {paragraph.amendments.length > 0 && (
      <ol className="projector-amendments">
        {paragraph.amendments.map((a) => (
          <li key={a.id} className="projector-amendment" data-testid="projector-amendment">
            <p className="projector-amendment-head">
              {t("groups.projector.amendment", { number: a.number })}
              {a.author && (
                <span className="projector-amendment-author">
                  {" · "}
                  <bdi>{a.author}</bdi>
                </span>
              )}
            </p>
            <p className="projector-amendment-text">
              <TrackedChanges changes={a.changes} language={a.language} />
            </p>
          </li>
        ))}
      </ol>
    )}
  </section>
);

/**
 * What the hall sees: who speaks with the time left, who follows, the guiding question, and the paragraph
 * under discussion with its proposed changes (insertions bold and underlined, deletions struck through).
 */
export const ProjectorScreen = ({ view, offset, language, t }: ScreenProps) => {
  const speaker = view.currentSpeaker;
  const more = view.waiting - view.nextSpeakers.length;
  return (
    <>
      <header className="projector-header">
        <p className="projector-kicker">
          {view.groupNumber !== null ? t("groups.number", { number: view.groupNumber }) : t("groups.plenary.title")}
        </p>
        <h1 className="projector-title">
          <RoomText text={view.title} language={language} />
        </h1>
        {view.room && (
          <p className="projector-room">
            <RoomText text={view.room.hall} language={language} />
          </p>
        )}
      </header>
      <div className="projector-grid">
        <section className="projector-speaker" aria-labelledby="projector-speaker-heading" data-testid="projector-speaker">
          <h2 id="projector-speaker-heading" className="projector-label">
            {t("groups.speakers.speakingNow")}
          </h2>
          {speaker ? (
            <>
              <p className="projector-speaker-name" data-testid="projector-speaker-name">
                <bdi>{speaker.name}</bdi>
              </p>
              <p className="projector-speaker-parliament">
                {speaker.parliament} <SpeakerBadges kind={speaker.kind} remote={speaker.remote} t={t} />
              </p>
              <Countdown
                key={speaker.requestId}
                startedAt={speaker.startedAt}
                limitSeconds={speaker.timeLimitSeconds}
                offset={offset}
                className="projector-countdown"
                t={t}
              />
            </>
          ) : (
            <p className="projector-none">{t("groups.speakers.nobody")}</p>
          )}
        </section>
        <section className="projector-next" aria-labelledby="projector-next-heading" data-testid="projector-next">
          <h2 id="projector-next-heading" className="projector-label">
            {t("groups.projector.next")}
          </h2>
          {view.nextSpeakers.length === 0 ? (
            <p className="projector-none">{t("groups.speakers.queueEmpty")}</p>
          ) : (
            <ol className="projector-next-list">
              {view.nextSpeakers.map((s) => (
                <li key={s.requestId} data-testid="projector-next-item">
                  <bdi className="projector-next-name">{s.name}</bdi> <SpeakerBadges kind={s.kind} remote={s.remote} t={t} />
                </li>
              ))}
            </ol>
          )}
          {more > 0 && <p className="projector-more">{t("groups.projector.more", { count: more })}</p>}
        </section>
        {view.question && (
          <section className="projector-question" aria-labelledby="projector-question-heading" data-testid="projector-question">
            <h2 id="projector-question-heading" className="projector-label">
              {t("groups.projector.question", { number: view.question.position })}
            </h2>
            <p className="projector-question-text">
              <RoomText text={view.question.text} language={language} />
            </p>
          </section>
        )}
        {view.paragraph && <Paragraph paragraph={view.paragraph} language={language} t={t} />}
      </div>
    </>
  );
};
