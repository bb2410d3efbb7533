import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { setupApi } from "./api.js";
import { CopyLink } from "./CopyLink.js";
import type { Delegation, Participant } from "./types.js";

/** The event's participants with their delegation and sign-up state; a fresh invitation link for anyone with an account. */
export const ParticipantList = ({ participants }: { participants: readonly Participant[] }) => {
  const { t } = useTranslation();
  const [links, setLinks] = useState<Record<string, string>>({});
  const [mailed, setMailed] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const invite = async (p: Participant, byMail = false) => {
    setError(null);
    try {
      const invitation = byMail
        ? await api.participants.invite({ params: { id: p.id }, body: { sendMail: true } })
        : await setupApi.newInvitation(p.id);
      setLinks((l) => ({ ...l, [p.id]: invitation.link }));
      setMailed((m) => ({ ...m, [p.id]: byMail }));
    } catch (cause) {
      setError(t("setup.form.failed", { message: cause instanceof Error ? cause.message : "" }));
    }
  };
  if (participants.length === 0) return <p className="empty">{t("setup.participants.none")}</p>;
  return (
    <>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <div className="table-scroll">
        <table className="setup-table" data-testid="participants">
          <thead>
            <tr>
              <th scope="col">{t("setup.participants.name")}</th>
              <th scope="col">{t("setup.participants.parliament")}</th>
              <th scope="col">{t("setup.participants.gender")}</th>
              <th scope="col">{t("setup.participants.age")}</th>
              <th scope="col">{t("setup.participants.languages")}</th>
              <th scope="col">{t("setup.participants.email")}</th>
              <th scope="col">{t("setup.participants.invitation")}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <tr key={p.id} data-testid="participant">
                <th scope="row">{p.name}</th>
                <td>{p.delegation?.name ?? p.parliament}</td>
                <td>{t(`setup.participants.genders.${p.gender}`, { defaultValue: p.gender })}</td>
                <td>{p.ageBand ?? p.birthYear ?? "—"}</td>
                <td>{p.languages.map((l) => t(`languageName.${l}`, { defaultValue: l })).join(t("list.separator"))}</td>
                <td dir="ltr">{p.email ?? "—"}</td>
                <td>
                  {p.signedUp ? (
                    <span className="badge badge-final">{t("setup.participants.signedUp")}</span>
                  ) : p.accountId ? (
                    <>
                      <Button
                        className="button button-quiet button-small"
                        onPress={() => void invite(p)}
                        aria-label={t("setup.participants.newLinkFor", { name: p.name })}
                      >
                        {t("setup.participants.newLink")}
                      </Button>
                      <Button
                        className="button button-quiet button-small"
                        onPress={() => void invite(p, true)}
                        aria-label={t("mail.sendInvitationTo", { name: p.name })}
                      >
                        {t("mail.sendInvitation")}
                      </Button>
                      {mailed[p.id] && (
                        <span className="muted" role="status">
                          {t("mail.invitationQueued")}
                        </span>
                      )}
                      {links[p.id] && <CopyLink link={links[p.id] as string} name={p.name} />}
                    </>
                  ) : (
                    <span className="muted">{t("setup.participants.noEmail")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};

/** Delegations per member parliament, with their members by gender. */
export const DelegationList = ({ delegations }: { delegations: readonly Delegation[] }) => {
  const { t } = useTranslation();
  if (delegations.length === 0) return <p className="empty">{t("setup.participants.noDelegations")}</p>;
  return (
    <ul className="setup-items" data-testid="delegations">
      {delegations.map((d) => (
        <li key={d.id}>
          <strong>{d.name}</strong> · {t("setup.participants.members", { count: d.members.length })} ·{" "}
          {Object.entries(d.byGender)
            .filter(([, n]) => n > 0)
            .map(([g, n]) => `${t(`setup.participants.genders.${g}`, { defaultValue: g })}: ${n}`)
            .join(t("list.separator"))}
        </li>
      ))}
    </ul>
  );
};
