import type { TFunction } from "i18next";
import type { Language } from "../../domain/language.js";
import { POSITIONS } from "../../domain/decisions/decision.js";
import { Countdown } from "../groups/Countdown.js";
import { GroupReportSlide } from "./GroupReportSlide.js";
import { Paragraph, ProjectorScreen, RoomText } from "./ProjectorScreen.js";

import type { SlideView } from "./slide-view.js";

interface SlideProps {
  readonly slide: SlideView;
  readonly shownAt: string;
  readonly offset: number;
  readonly language: Language;
  readonly t: TFunction;
}

const Vote = ({ slide, language, t }: { slide: Extract<SlideView, { kind: "vote" }>; language: Language; t: TFunction }) => (
  <section className="projector-slide projector-vote" data-testid="slide-vote">
    <p className="projector-kicker">
      {t("projectors.hall.groupVote", { number: slide.groupNumber })} · <RoomText text={slide.groupTitle} language={language} />
    </p>
    <h1 className="projector-title">{t("projectors.hall.voteRound", { round: slide.round })}</h1>
    {slide.counts ? (
      <dl className="projector-vote-counts" data-testid="slide-vote-counts">
        {POSITIONS.map((k) => (
          <div key={k} className={`projector-vote-count projector-vote-${k}`}>
            <dt>{t(`projectors.hall.${k}`)}</dt>
            <dd>{slide.counts![k]}</dd>
          </div>
        ))}
      </dl>
    ) : (
      <p className="projector-message" data-testid="slide-vote-open">
        {t("projectors.hall.voting")} · {t("projectors.hall.ballots", { count: slide.ballotsCast })}
      </p>
    )}
  </section>
);

const Text = ({ slide, language, t }: { slide: Extract<SlideView, { kind: "text" }>; language: Language; t: TFunction }) => (
  <section className="projector-slide projector-text" data-testid="slide-text">
    <p className="projector-kicker">
      {t("projectors.hall.adopting")} · <bdi dir="ltr">{slide.symbol}</bdi>
    </p>
    {slide.title && (
      <h1 className="projector-title">
        <RoomText text={slide.title} language={language} />
      </h1>
    )}
    {slide.paragraphs.map((p) => (
      <div key={p.id} className="projector-text-paragraph">
        <p className="projector-paragraph-text">
          <span className="projector-sub-label">{p.label}</span> <RoomText text={p.text} language={language} />
        </p>
        {p.subParagraphs.map((s) => (
          <p key={s.id} className="projector-paragraph-text projector-sub">
            <span className="projector-sub-label">{s.label}</span> <RoomText text={s.text} language={language} />
          </p>
        ))}
      </div>
    ))}
  </section>
);

const Agenda = ({ slide, language, t }: { slide: Extract<SlideView, { kind: "agenda" }>; language: Language; t: TFunction }) => (
  <section className="projector-slide projector-agenda" data-testid="slide-agenda">
    <p className="projector-kicker">
      {t("projectors.hall.sitting", { number: slide.number })} ·{" "}
      <bdi dir="ltr">
        {slide.startTime}–{slide.endTime}
      </bdi>
    </p>
    <h1 className="projector-title">
      <RoomText text={slide.title} language={language} />
    </h1>
    <h2 className="projector-label">{t("projectors.hall.agenda")}</h2>
    <ol className="projector-agenda-items">
      {slide.items.map((i) => (
        <li key={i.number}>
          <span className="projector-sub-label">{t("projectors.hall.item", { number: i.number })}</span>{" "}
          <RoomText text={i.title} language={language} />
        </li>
      ))}
    </ol>
  </section>
);

/** One slide as the hall sees it, in the hall's language; the control screen shows the same for its preview. */
export const Slide = ({ slide, shownAt, offset, language, t }: SlideProps) => {
  switch (slide.kind) {
    case "speakers":
      return <ProjectorScreen view={slide.speakers} offset={offset} language={language} t={t} />;
    case "paragraph":
      return slide.paragraph ? (
        <Paragraph paragraph={slide.paragraph} language={language} t={t} />
      ) : (
        <p className="projector-message">{t("status.notFound")}</p>
      );
    case "text":
      return <Text slide={slide} language={language} t={t} />;
    case "vote":
      return <Vote slide={slide} language={language} t={t} />;
    case "agenda":
      return <Agenda slide={slide} language={language} t={t} />;
    case "message":
      return (
        <p className="projector-slide projector-free-message" data-testid="slide-message">
          <bdi>{slide.text}</bdi>
        </p>
      );
    case "countdown":
      return (
        <section className="projector-slide projector-stand-alone-countdown" data-testid="slide-countdown">
          {slide.label && <h1 className="projector-title">{slide.label}</h1>}
          <Countdown
            startedAt={shownAt}
            limitSeconds={Math.round((Date.parse(slide.endsAt) - Date.parse(shownAt)) / 1000)}
            offset={offset}
            className="projector-countdown"
            t={t}
          />
        </section>
      );
    case "group_report":
      return <GroupReportSlide report={slide.report} page={slide.page} language={language} t={t} />;
  }
};
