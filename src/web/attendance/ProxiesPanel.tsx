import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import { isolate } from "../components/isolate.js";
import type { SittingAttendance } from "./types.js";

/** The proxies of the sitting, withdrawn here; the secretariat records a new one from a signed proxy form. */
export const ProxiesPanel = ({ sittingId, data, onChanged }: { sittingId: string; data: SittingAttendance; onChanged: () => void }) => {
  const { t } = useTranslation();
  const act = useAct();
  const [giver, setGiver] = useState("");
  const [holder, setHolder] = useState("");
  if (!data.rule.proxiesAllowed && data.proxies.length === 0) return null;
  const name = (id: string) => isolate(data.people.find((p) => p.participantId === id)?.name ?? id);
  const give = () => api.attendance.giveProxy({ params: { id: sittingId }, body: { giverId: giver, holderId: holder } }).then(onChanged);
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <label className="field" htmlFor={id}>
      <span className="field-label">{label}</span>
      <select id={id} className="field-input" value={value} onChange={(e) => set(e.target.value)}>
        <option value="" />
        {data.people.map((p) => (
          <option key={p.participantId} value={p.participantId}>
            {p.name} ({p.parliament})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="proxies" className="attendance-proxies">
      <h2 id="proxies">{t("attendance.proxy.title")}</h2>
      <ErrorNotice error={act.error} />
      {data.proxies.length === 0 ? (
        <p>{t("attendance.proxy.none")}</p>
      ) : (
        <ul>
          {data.proxies.map((x) => (
            <li key={x.id} data-testid="proxy">
              {t("attendance.proxy.line", { giver: name(x.giver), holder: name(x.holder) })}{" "}
              {data.permissions.takeAttendance && (
                <ActButton
                  label={t("attendance.proxy.withdraw")}
                  name={`withdraw-${x.id}`}
                  act={act}
                  quiet
                  onPress={() => api.attendance.withdrawProxy({ params: { id: sittingId }, body: { proxyId: x.id } }).then(onChanged)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.permissions.takeAttendance && data.rule.proxiesAllowed && (
        <div className="attendance-proxy-form">
          {select("proxy-giver", t("attendance.proxy.giver"), giver, setGiver)}
          {select("proxy-holder", t("attendance.proxy.holder"), holder, setHolder)}
          <ActButton label={t("attendance.proxy.give")} name="give" act={act} onPress={give} disabled={!giver || !holder} />
        </div>
      )}
    </section>
  );
};
