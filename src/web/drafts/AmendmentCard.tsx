import { memo, useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { directionOf } from "../../domain/language.js";
import { Badge, type BadgeTone } from "../components/Badge.js";
import { AmendmentActions } from "./AmendmentActions.js";
import { SubAmendmentForm } from "./SubAmendmentForm.js";
import { CosponsorPanel } from "./CosponsorPanel.js";
import { AmendmentTurnaround, AmendmentWording } from "../translations/InReaderLanguage.js";
import type { AmendmentView } from "./types.js";
import { isolate } from "../components/isolate.js";

const TONES: Record<AmendmentView["status"], BadgeTone> = {
  draft: "draft",
  submitted: "notice",
  withdrawn: "neutral",
  accepted: "live",
  rejected: "missing",
  accepted_as_revised: "live",
  merged: "neutral",
};

/** What an amendment does, in words: amend OP2, new paragraph after PP3, delete OP5, amend the title. */
export const amendmentSummary = (t: TFunction, a: AmendmentView, labelOf: (id: string | null) => string): string => {
  switch (a.action) {
    case "amend":
      return t("drafts.amendment.amend", { label: a.targetLabel ?? labelOf(a.target) });
    case "delete":
      return t("drafts.amendment.delete", { label: a.targetLabel ?? labelOf(a.target) });
    case "insert":
      return a.after
        ? t("drafts.amendment.insertAfter", { label: labelOf(a.after) })
        : t(`drafts.amendment.insertFirst.${a.kind ?? "operative"}`);
    case "amend_title":
      return t("drafts.amendment.amendTitle");
  }
};

interface CardProps {
  readonly amendment: AmendmentView;
  readonly numberOf: (id: string | null) => number | string;
  readonly labelOf: (id: string | null) => string;
  /** The draft's amendments another may be merged into, shared by every card. */
  readonly mergeable: readonly AmendmentView[];
  readonly mine: boolean;
  readonly decide: boolean;
  /** The draft, when the reader may propose amendments: a tabled amendment may then be amended. */
  readonly amendIn: string | null;
  readonly onChanged: () => void;
}

/** A tabled amendment with a wording can itself be amended; a sub-amendment cannot. */
const amendable = (a: AmendmentView): boolean => a.parent === null && a.status === "submitted" && a.action !== "delete" && a.text !== null;

/**
 * One amendment: number, author, status, its tracked changes and the steps the reader may take. Drawn again only
 * when its own props change: a row measured, the list's parent redrawn or a filter typed leaves the other cards alone.
 */
export const AmendmentCard = memo(function AmendmentCard({
  amendment: a,
  numberOf,
  labelOf,
  mergeable,
  mine,
  decide,
  amendIn,
  onChanged,
}: CardProps) {
  const { t } = useTranslation();
  const [amending, setAmending] = useState(false);
  const [cosponsors, setCosponsors] = useState(false);
  return (
    <li
      className={`amendment amendment-${a.status}${a.parent ? " amendment-sub" : ""}`}
      data-testid="amendment"
      data-number={a.number}
      data-amends={a.parent ? numberOf(a.parent) : ""}
      aria-labelledby={`amendment-head-${a.id}`}
    >
      <div className="amendment-head" id={`amendment-head-${a.id}`}>
        <span className="amendment-number">{t("drafts.amendment.number", { number: a.number })}</span>
        <span className="amendment-summary">
          {a.parent ? t("drafts.subAmendment.amends", { number: numberOf(a.parent) }) : amendmentSummary(t, a, labelOf)}
        </span>
        <Badge tone={TONES[a.status]}>{t(`drafts.amendmentStatus.${a.status}`)}</Badge>
      </div>
      <p className="amendment-meta">
        {a.author ? t("drafts.amendment.by", { author: isolate(a.author) }) : t("drafts.amendment.noAuthor")}
        {a.paper && <span data-testid="paper-amendment">{` (${t("drafts.amendment.paper")})`}</span>}
        {a.coSponsors.length > 0 &&
          ` · ${t("drafts.amendment.coSponsors", { names: a.coSponsors.map(isolate).join(t("list.separator")) })}`}
        {" · "}
        {t(`languageName.${a.language}`)}
      </p>
      <AmendmentWording amendment={a} className="amendment-changes" testId="amendment-changes" />
      {a.status === "accepted_as_revised" && a.revisedText && (
        <p className="amendment-revised">
          <span className="amendment-field">{t("drafts.actions.revisedText")}: </span>
          <span lang={a.language} dir={directionOf(a.language)}>
            {a.revisedText}
          </span>
        </p>
      )}
      {a.status === "merged" && <p className="amendment-revised">{t("drafts.amendment.mergedInto", { number: numberOf(a.mergedInto) })}</p>}
      {a.justification && (
        <p className="amendment-justification">
          <span className="amendment-field">{t("drafts.amendment.justification")}: </span>
          <span lang={a.language} dir={directionOf(a.language)}>
            {a.justification}
          </span>
        </p>
      )}
      <AmendmentTurnaround amendmentId={a.id} />
      <AmendmentActions amendment={a} others={mergeable} mine={mine} decide={decide} onChanged={onChanged} />
      {(mine || decide) && (a.status === "draft" || a.status === "submitted" || a.coSponsors.length > 0) && (
        <details className="amendment-cosponsors" data-testid="cosponsors-toggle" onToggle={(e) => setCosponsors(e.currentTarget.open)}>
          <summary>{t("cosponsors.manage")}</summary>
          {/* Read only when opened: a long list asks nothing for the cards nobody opens. */}
          {cosponsors && <CosponsorPanel amendmentId={a.id} onChanged={onChanged} />}
        </details>
      )}
      {amendIn !== null &&
        amendable(a) &&
        (amending ? (
          <SubAmendmentForm
            draftId={amendIn}
            amendment={a}
            onDone={(created) => {
              setAmending(false);
              if (created) onChanged();
            }}
          />
        ) : (
          <Button
            className="button button-link"
            onPress={() => setAmending(true)}
            aria-label={t("drafts.subAmendment.openFor", { number: a.number })}
            data-testid="amend-amendment"
          >
            {t("drafts.subAmendment.open")}
          </Button>
        ))}
    </li>
  );
});
