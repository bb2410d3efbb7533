import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SLIDE_KINDS, type SlideKind } from "../../domain/projector/slides.js";
import type { ProjectorList } from "./list.js";
import type { SlideChoice } from "./slideLabel.js";

interface ComposerProps {
  readonly list: ProjectorList;
  readonly busy: boolean;
  readonly onPreview: (slide: SlideChoice) => void;
  readonly onShow: (slide: SlideChoice) => void;
  readonly onEnqueue: (slide: SlideChoice) => void;
}

/** Composes the next slide: its kind and what it names; then preview it, show it at once or add it to the queue. */
export const SlideComposer = ({ list, busy, onPreview, onShow, onEnqueue }: ComposerProps) => {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SlideKind>("message");
  const paragraphs = list.drafts.flatMap((d) => d.paragraphs.map((p) => ({ ...p, label: `${d.symbol} ${p.label}` })));
  const [paragraphId, setParagraphId] = useState(paragraphs[0]?.id ?? "");
  const [draftId, setDraftId] = useState(list.drafts[0]?.id ?? "");
  const [voteId, setVoteId] = useState(list.votes[0]?.id ?? "");
  const [groupId, setGroupId] = useState(list.groups[0]?.id ?? "");
  const [text, setText] = useState("");
  const [label, setLabel] = useState("");
  const [minutes, setMinutes] = useState(5);

  const slide = (): SlideChoice | null => {
    switch (kind) {
      case "speakers":
      case "agenda":
        return { kind };
      case "paragraph":
        return paragraphId ? { kind, paragraphId, amendmentId: null } : null;
      case "text":
        return draftId ? { kind, draftId } : null;
      case "vote":
        return voteId ? { kind, voteId } : null;
      case "message":
        return text.trim() ? { kind, text: text.trim() } : null;
      case "countdown":
        return minutes > 0 ? { kind, label: label.trim(), seconds: Math.round(minutes * 60) } : null;
      case "group_report":
        return groupId ? { kind, groupId, page: 0 } : null;
    }
  };
  const chosen = slide();
  const act = (f: (s: SlideChoice) => void) => () => chosen && f(chosen);

  return (
    <fieldset className="projector-composer">
      <legend>{t("projectors.compose")}</legend>
      <label>
        {t("projectors.kind")}
        <select value={kind} onChange={(e) => setKind(e.target.value as SlideKind)} data-testid="slide-kind">
          {SLIDE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`projectors.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === "paragraph" && (
        <label>
          {t("projectors.paragraph")}
          <select value={paragraphId} onChange={(e) => setParagraphId(e.target.value)} data-testid="slide-paragraph">
            {paragraphs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "text" && (
        <label>
          {t("projectors.draft")}
          <select value={draftId} onChange={(e) => setDraftId(e.target.value)} data-testid="slide-draft">
            {list.drafts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.symbol}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "vote" && (
        <label>
          {t("projectors.vote")}
          <select value={voteId} onChange={(e) => setVoteId(e.target.value)} data-testid="slide-vote-choice">
            {list.votes.map((v) => (
              <option key={v.id} value={v.id}>
                {t("projectors.voteOption", { number: v.groupNumber, round: v.round, status: t(`projectors.voteStatus.${v.status}`) })}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "group_report" && (
        <label>
          {t("report.group")}
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)} data-testid="slide-report-group">
            {list.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {t("projectors.group", { number: g.number })}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === "message" && (
        <label>
          {t("projectors.messageText")}
          <textarea value={text} maxLength={500} onChange={(e) => setText(e.target.value)} data-testid="slide-message-text" />
        </label>
      )}
      {kind === "countdown" && (
        <>
          <label>
            {t("projectors.countdownLabel")}
            <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
          </label>
          <label>
            {t("projectors.minutes")}
            <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
          </label>
        </>
      )}
      <div className="button-row">
        <button type="button" disabled={!chosen || busy} onClick={act(onPreview)} data-testid="slide-preview">
          {t("projectors.preview")}
        </button>
        <button type="button" disabled={!chosen || busy} onClick={act(onShow)} data-testid="slide-show">
          {t("projectors.showNow")}
        </button>
        <button type="button" disabled={!chosen || busy} onClick={act(onEnqueue)} data-testid="slide-enqueue">
          {t("projectors.enqueue")}
        </button>
      </div>
    </fieldset>
  );
};
