import { useState } from "react";
import { Checkbox } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import type { QuorumRule } from "./types.js";

const number = (value: string, fallback: number) => {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
};

/** The body's quorum rule, as its rules of procedure say: the minimum, remote members, proxies, and a refusal or a warning. */
export const QuorumRuleForm = ({
  bodyId,
  rule,
  version,
  onSaved,
}: {
  bodyId: string;
  rule: QuorumRule;
  version: number;
  onSaved: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const [draft, setDraft] = useState<QuorumRule>(rule);
  const set = (patch: Partial<QuorumRule>) => setDraft((d) => ({ ...d, ...patch }));
  const m = draft.minimum;
  const save = () => api.attendance.setQuorumRule({ params: { bodyId }, body: { version, rule: draft } }).then(onSaved);
  const box = (key: "remoteCounts" | "proxiesAllowed" | "proxiesCountForQuorum") => (
    <Checkbox isSelected={draft[key]} onChange={(v) => set({ [key]: v })} className="checkbox">
      <span className="checkbox-box" aria-hidden="true" />
      {t(`attendance.rule.${key}`)}
    </Checkbox>
  );
  return (
    <section aria-labelledby="quorum-rule" className="attendance-rule">
      <h2 id="quorum-rule">{t("attendance.rule.title")}</h2>
      <ErrorNotice error={act.error} />
      <div className="attendance-rule-fields">
        <label className="field" htmlFor="rule-kind">
          <span className="field-label">{t("attendance.rule.minimum")}</span>
          <select
            id="rule-kind"
            className="field-input"
            value={m.kind}
            onChange={(e) =>
              set({
                minimum:
                  e.target.value === "fraction"
                    ? { kind: "fraction", numerator: 1, denominator: 3 }
                    : e.target.value === "count"
                      ? { kind: "count", members: 10 }
                      : { kind: "majority" },
              })
            }
          >
            <option value="majority">{t("attendance.rule.majority")}</option>
            <option value="fraction">{t("attendance.rule.fraction")}</option>
            <option value="count">{t("attendance.rule.count")}</option>
          </select>
        </label>
        {m.kind === "fraction" && (
          <>
            <label className="field">
              <span className="field-label">{t("attendance.rule.numerator")}</span>
              <input
                className="field-input"
                type="number"
                min={1}
                value={m.numerator}
                onChange={(e) => set({ minimum: { ...m, numerator: number(e.target.value, 1) } })}
              />
            </label>
            <label className="field">
              <span className="field-label">{t("attendance.rule.denominator")}</span>
              <input
                className="field-input"
                type="number"
                min={1}
                value={m.denominator}
                onChange={(e) => set({ minimum: { ...m, denominator: number(e.target.value, 1) } })}
              />
            </label>
          </>
        )}
        {m.kind === "count" && (
          <label className="field">
            <span className="field-label">{t("attendance.rule.members")}</span>
            <input
              className="field-input"
              type="number"
              min={1}
              value={m.members}
              onChange={(e) => set({ minimum: { kind: "count", members: number(e.target.value, 1) } })}
              data-testid="rule-members"
            />
          </label>
        )}
        {box("remoteCounts")}
        {box("proxiesAllowed")}
        {draft.proxiesAllowed && (
          <>
            <label className="field">
              <span className="field-label">{t("attendance.rule.proxiesPerHolder")}</span>
              <input
                className="field-input"
                type="number"
                min={0}
                max={20}
                value={draft.proxiesPerHolder}
                onChange={(e) => set({ proxiesPerHolder: number(e.target.value, 1) })}
              />
            </label>
            {box("proxiesCountForQuorum")}
          </>
        )}
        <label className="field" htmlFor="rule-missing">
          <span className="field-label">{t("attendance.rule.whenMissing")}</span>
          <select
            id="rule-missing"
            className="field-input"
            value={draft.whenMissing}
            onChange={(e) => set({ whenMissing: e.target.value === "refuse" ? "refuse" : "warn" })}
          >
            <option value="warn">{t("attendance.rule.warn")}</option>
            <option value="refuse">{t("attendance.rule.refuse")}</option>
          </select>
        </label>
      </div>
      <ActButton label={t("attendance.rule.save")} name="save-rule" act={act} onPress={save} testId="save-rule" />
    </section>
  );
};
