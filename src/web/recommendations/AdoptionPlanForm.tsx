import { useState } from "react";
import { targetOfPlace } from "../../domain/recommendations/body-set.js";
import { placeName } from "../components/placeName.js";
import { Label, Radio, RadioGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { api } from "../api/client.js";
import { describeDecision } from "../committee/format.js";
import { ActButton, DecisionFields, ErrorNotice, useAct } from "../committee/shared.js";
import type { Adoption, AdoptionPlan, DecisionInput } from "../committee/types.js";
import { TextAreaField } from "../drafts/controls.js";
import { useLanguage } from "../i18n/index.js";
import { enumerate } from "../components/enumerate.js";

type Choice = { kind: "option"; index: number } | { kind: "compromise"; text: string };

/** The presiding officer's plan: identical proposals merged and credited to every group, each conflict resolved by a choice or a compromise, then the body's decision. */
export const AdoptionPlanForm = ({
  plan,
  groupOf,
  onAdopted,
}: {
  plan: AdoptionPlan;
  groupOf: (recommendationId: string) => string;
  onAdopted: (a: Adoption) => void;
}) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const act = useAct();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [decision, setDecision] = useState<DecisionInput>({ method: "consensus" });
  const conflicts = plan.places.filter((p) => p.conflict);
  const unresolved = conflicts.some((p) => {
    const c = choices[p.key];
    return !c || (c.kind === "compromise" && !c.text.trim());
  });
  const adopt = async () => {
    const resolutions = Object.fromEntries(
      conflicts.map((p) => {
        const c = choices[p.key]!;
        return [p.key, c.kind === "compromise" ? { compromise: c.text, language: ui } : { choose: p.options[c.index]![0]!.amendmentId }];
      }),
    );
    const body = { draftId: plan.draftId, recommendationIds: plan.recommendations.map((r) => r.id), resolutions, decision };
    onAdopted(await api.adoptions.adopt({ params: { bodyId: plan.bodyId }, body }));
  };

  return (
    <section className="rec-section" aria-labelledby="plan-heading" data-testid="adoption-plan">
      <h2 id="plan-heading">{t("committee.adoption.plan", { count: plan.recommendations.length })}</h2>
      <ErrorNotice error={act.error} />
      <ol className="plan-places">
        {plan.places.map((place) => (
          <li
            key={place.key}
            className={`plan-place${place.conflict ? " plan-conflict" : ""}`}
            data-testid="plan-place"
            data-label={place.label}
            data-conflict={place.conflict}
          >
            <h3>
              {placeName(t, targetOfPlace(place.key), place.label)}
              {place.conflict
                ? ` · ${t("committee.adoption.conflict")}`
                : place.options[0] && place.options[0].length > 1
                  ? ` · ${t("committee.adoption.merged")}`
                  : ""}
            </h3>
            {place.conflict ? (
              <RadioGroup
                className="radio-group"
                value={
                  choices[place.key]?.kind === "compromise"
                    ? "compromise"
                    : choices[place.key]
                      ? String((choices[place.key] as { index: number }).index)
                      : null
                }
                onChange={(v) =>
                  setChoices({
                    ...choices,
                    [place.key]: v === "compromise" ? { kind: "compromise", text: "" } : { kind: "option", index: Number(v) },
                  })
                }
              >
                <Label className="field-label">{t("committee.adoption.resolve")}</Label>
                {place.options.map((option, i) => (
                  <Radio key={i} value={String(i)} className="radio" data-testid="plan-option">
                    <OptionText option={option} groupOf={groupOf} />
                  </Radio>
                ))}
                <Radio value="compromise" className="radio" data-testid="plan-compromise">
                  {t("committee.adoption.compromise")}
                </Radio>
              </RadioGroup>
            ) : (
              place.options.map((option, i) => <OptionText key={i} option={option} groupOf={groupOf} />)
            )}
            {choices[place.key]?.kind === "compromise" && (
              <TextAreaField
                label={t("committee.adoption.compromiseText")}
                value={(choices[place.key] as { text: string }).text}
                onChange={(text) => setChoices({ ...choices, [place.key]: { kind: "compromise", text } })}
                language={ui}
                rows={3}
                testId="compromise-text"
              />
            )}
          </li>
        ))}
      </ol>
      <DecisionFields value={decision} onChange={setDecision} idPrefix="adoption" />
      <div className="button-row">
        <ActButton
          label={t("committee.adoption.adopt")}
          name="adopt"
          act={act}
          onPress={adopt}
          confirm={{
            title: t("confirm.adoptBody.title"),
            message: t("confirm.adoptBody.message", { how: describeDecision(t, decision) }),
            confirmLabel: t("committee.adoption.adopt"),
          }}
          disabled={unresolved || plan.recommendations.length === 0}
          testId="adopt-set"
        />
      </div>
    </section>
  );
};

const OptionText = ({
  option,
  groupOf,
}: {
  option: AdoptionPlan["places"][number]["options"][number];
  groupOf: (id: string) => string;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const first = option[0];
  if (!first) return null;
  return (
    <span className="plan-option">
      {first.text ? (
        <span lang={first.language} dir={directionOf(first.language)}>
          {first.text}
        </span>
      ) : (
        <em>{t(`committee.rec.actions.${first.action}`)}</em>
      )}{" "}
      <span className="muted" data-testid="credited">
        (
        {enumerate(
          option.map((p) => groupOf(p.recommendationId)),
          language,
        )}
        )
      </span>
    </span>
  );
};
