import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, requests } from "../api/client.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import { useMaybe } from "../committee/useMaybe.js";
import { Badge, type BadgeTone } from "../components/Badge.js";
import { isolate } from "../components/isolate.js";
import { SelectField } from "./controls.js";

const TONES = { invited: "notice", accepted: "live", declined: "missing", withdrawn: "neutral" } as const satisfies Record<
  string,
  BadgeTone
>;

/**
 * An amendment's invitations to co-sponsor and where each stands; the author (or the secretariat) invites a
 * delegation of the event or takes an invitation back. Only accepted co-sponsors are named on the card.
 */
export const CosponsorPanel = ({ amendmentId, onChanged }: { amendmentId: string; onChanged: () => void }) => {
  const { t } = useTranslation();
  const { data, reload } = useMaybe(requests.cosponsors.list({ params: { id: amendmentId } }));
  const act = useAct();
  const [chosen, setChosen] = useState("");
  if (!data) return null;
  const done = () => {
    reload();
    onChanged();
  };
  return (
    <div className="cosponsor-panel" data-testid="cosponsor-panel">
      {data.cosponsorships.length === 0 ? (
        <p className="muted">{t("cosponsors.none")}</p>
      ) : (
        <ul className="cosponsor-list">
          {data.cosponsorships.map((c) => (
            <li key={c.id} data-testid="cosponsorship" data-delegation={c.delegation} data-status={c.status}>
              {isolate(c.delegation)} <Badge tone={TONES[c.status]}>{t(`cosponsors.status.${c.status}`)}</Badge>
              {c.permissions.withdraw && (
                <ActButton
                  label={t("cosponsors.withdraw")}
                  name={`withdraw-${c.id}`}
                  act={act}
                  quiet
                  testId="cosponsor-withdraw"
                  onPress={() => api.cosponsors.answer({ params: { id: c.id }, body: { step: "withdraw", version: c.version } }).then(done)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.permissions.invite && data.choices.length > 0 && (
        <div className="cosponsor-invite">
          <SelectField
            label={t("cosponsors.delegation")}
            value={chosen}
            onChange={setChosen}
            options={[{ id: "", label: t("cosponsors.choose") }, ...data.choices.map((d) => ({ id: d, label: d }))]}
            testId="cosponsor-delegation"
          />
          <ActButton
            label={t("cosponsors.invite")}
            name="invite"
            act={act}
            disabled={chosen === ""}
            testId="cosponsor-invite"
            onPress={() =>
              api.cosponsors.invite({ params: { id: amendmentId }, body: { invitations: [{ delegation: chosen }] } }).then(() => {
                setChosen("");
                done();
              })
            }
          />
        </div>
      )}
      <ErrorNotice error={act.error} />
    </div>
  );
};
