import { useState } from "react";
import { Button, Radio, RadioGroup, Label } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { failureInWords } from "../api/failure.js";
import { LoadError, Loading } from "../components/Status.js";
import { ChairControls } from "./ChairControls.js";
import { Countdown } from "./Countdown.js";
import type { ParagraphOption, QuestionOption } from "./options.js";
import { Queue } from "./Queue.js";
import { SpeakerBadges } from "./SpeakerBadges.js";
import type { SpeakerRequest, SpeakersList } from "./types.js";
import { TurnsHistory } from "./TurnsHistory.js";
import type { Floor, useSpeakers } from "./useSpeakers.js";

interface SpeakersPanelProps {
  readonly floor: Floor;
  readonly speakers: ReturnType<typeof useSpeakers>;
  readonly mayRun: boolean;
  readonly mayTakePart: boolean;
  readonly me: string | null;
  readonly questions: readonly QuestionOption[];
  readonly paragraphs: readonly ParagraphOption[];
}

/** Who has the floor, since when and for how long still; the speaker themself is told they have the floor. */
const CurrentSpeaker = ({ list, offset, me }: { list: SpeakersList; offset: number; me: string | null }) => {
  const { t } = useTranslation();
  const s = list.speaking;
  return (
    <section className="current-speaker" aria-labelledby="current-speaker-heading" data-testid="current-speaker">
      <h3 id="current-speaker-heading">{t("groups.speakers.speakingNow")}</h3>
      <div role="status" className="floor-cue-region">
        {s && s.accountId === me && (
          <p className="floor-cue" data-testid="floor-cue">
            <strong>{t("speakersOperator.haveFloor")}</strong> {t("speakersOperator.haveFloorDetail")}
          </p>
        )}
      </div>
      {s ? (
        <div className="current-speaker-body">
          <p className="current-speaker-name" data-testid="current-speaker-name" data-remote={s.remote}>
            <bdi>{s.name}</bdi> <bdi className="current-speaker-parliament">{s.parliament}</bdi>{" "}
            <SpeakerBadges kind={s.kind} remote={s.remote} t={t} />
            {s.replyTo && <span className="queue-note">{t("speakersOperator.replyTo", { name: s.replyTo.name })}</span>}
          </p>
          {s.startedAt && <Countdown startedAt={s.startedAt} limitSeconds={s.timeLimitSeconds} offset={offset} />}
        </div>
      ) : (
        <p className="current-speaker-none">{t("groups.speakers.nobody")}</p>
      )}
    </section>
  );
};

/** Asking for the floor, in the hall or remotely, or raising a point of order. */
const FloorRequest = ({ speakers, list, me }: { speakers: SpeakersPanelProps["speakers"]; list: SpeakersList; me: string | null }) => {
  const { t } = useTranslation();
  const [where, setWhere] = useState<"hall" | "remote">("hall");
  const waiting = list.queue.filter((r) => r.accountId === me);
  const asked = (kind: SpeakerRequest["kind"]) => waiting.some((r) => r.kind === kind);
  const remote = where === "remote";
  // A right of reply answers the turn being given, or the one just finished.
  const speaking = list.speaking && list.speaking.kind !== "point_of_order" ? list.speaking : null;
  const answerable = speaking ? { requestId: speaking.id, name: speaking.name, accountId: speaking.accountId } : list.lastTurn;
  const speakingMyself = list.speaking?.accountId === me;
  const replyable = answerable && answerable.accountId !== me && !speakingMyself;
  return (
    <section className="floor-request" aria-labelledby="floor-request-heading">
      <h3 id="floor-request-heading">{t("groups.speakers.takePart")}</h3>
      <RadioGroup
        className="radio-group"
        value={where}
        onChange={(v) => setWhere(v === "remote" ? "remote" : "hall")}
        orientation="horizontal"
      >
        <Label className="field-label">{t("groups.speakers.following")}</Label>
        <div className="radio-options">
          <Radio className="radio" value="hall">
            {t("groups.speakers.inHall")}
          </Radio>
          <Radio className="radio" value="remote">
            {t("groups.speakers.remotely")}
          </Radio>
        </div>
      </RadioGroup>
      <div className="chair-row">
        <Button
          className="button button-primary"
          isDisabled={speakers.pending || asked("floor") || list.closed}
          onPress={() => void speakers.send({ type: "request_floor", remote, pointOfOrder: false })}
        >
          {t("groups.speakers.askFloor")}
        </Button>
        {replyable && (
          <Button
            className="button button-quiet"
            isDisabled={speakers.pending || asked("reply")}
            onPress={() =>
              void speakers.send({ type: "request_floor", remote, pointOfOrder: false, kind: "reply", replyTo: answerable.requestId })
            }
          >
            {t("speakersOperator.askReply", { name: answerable.name })}
          </Button>
        )}
        <Button
          className="button button-quiet"
          isDisabled={speakers.pending || asked("point_of_order")}
          onPress={() => void speakers.send({ type: "request_floor", remote, pointOfOrder: true })}
        >
          {t("groups.speakers.raisePointOfOrder")}
        </Button>
      </div>
      {list.closed && (
        <p className="floor-request-status" data-testid="list-closed-member">
          {t("speakersOperator.listClosedMember")}
        </p>
      )}
      {waiting.length > 0 && (
        <p className="floor-request-status" data-testid="my-place">
          {t("groups.speakers.yourPlace", { place: list.queue.findIndex((r) => r.accountId === me) + 1 })}
        </p>
      )}
    </section>
  );
};

/**
 * A speakers list, the same for a discussion group and a plenary sitting: the current speaker with the
 * countdown, the queue, asking for the floor, and the chair's controls. A refused or stale command is said.
 */
export const SpeakersPanel = ({ floor, speakers, mayRun, mayTakePart, me, questions, paragraphs }: SpeakersPanelProps) => {
  const { t } = useTranslation();
  const { state, problem } = speakers;
  if (state.state === "loading") return <Loading />;
  if (state.state === "error") return <LoadError error={state.error} />;
  const { list, offset } = state;
  return (
    <section className="speakers" aria-labelledby="speakers-heading" data-testid="speakers" data-version={list.version}>
      <h2 id="speakers-heading">{t("groups.speakers.heading")}</h2>
      <div role="alert" className="speakers-problem">
        {problem && (
          <p className="notice notice-error" data-testid="command-problem">
            {problem.kind === "stale"
              ? t("groups.speakers.stale")
              : t("groups.speakers.refused", { reason: failureInWords(t, problem.error) })}
          </p>
        )}
      </div>
      <CurrentSpeaker list={list} offset={offset} me={me} />
      <section className="waiting" aria-labelledby="waiting-heading">
        <h3 id="waiting-heading">{t("groups.speakers.waiting", { count: list.queue.length })}</h3>
        {list.closed && (
          <p className="list-closed" data-testid="list-closed">
            {t("speakersOperator.listClosed")}
          </p>
        )}
        {list.alternation && <p className="alternation-on">{t("groups.speakers.alternationOn")}</p>}
        <Queue
          queue={list.queue}
          mayReorder={mayRun && !list.alternation}
          mayRun={mayRun}
          me={me}
          pending={speakers.pending}
          send={speakers.send}
        />
      </section>
      {mayTakePart && <FloorRequest speakers={speakers} list={list} me={me} />}
      {mayRun && (
        <ChairControls
          floor={floor}
          list={list}
          questions={questions}
          paragraphs={paragraphs}
          pending={speakers.pending}
          send={speakers.send}
        />
      )}
      <TurnsHistory floor={floor} version={list.version} mayRun={mayRun} pending={speakers.pending} send={speakers.send} />
    </section>
  );
};
