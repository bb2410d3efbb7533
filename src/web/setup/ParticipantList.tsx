import { Fragment, useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api/client.js";
import { ParticipantForm } from "../participants/ParticipantForm.js";
import type { BodyChoice, ParticipantBody } from "../participants/model.js";
import { setupApi } from "./api.js";
import { CopyLink } from "./CopyLink.js";
import type { Delegation, Participant } from "./types.js";
import { failureInWords } from "../api/failure.js";

/** A participant's roles as words: a presiding officer with the body they preside over. */
const RoleList = ({ p, bodies }: { p: Participant; bodies: readonly BodyChoice[] }) => {
  const { t } = useTranslation();
  if (p.roles.length === 0) return <>—</>;
  return (
    <>
      {p.roles
        .map((r) => {
          const label = t(`participants.roles.${r.role}`, { defaultValue: r.role });
          const body = r.scope?.startsWith("body:") ? bodies.find((b) => `body:${b.id}` === r.scope) : undefined;
          return body ? `${label} (${body.name})` : label;
        })
        .join(t("list.separator"))}
    </>
  );
};

/**
 * The event's participants with their delegation, roles and sign-up state: the secretariat edits, deactivates
 * or reactivates each, and issues a fresh sign-in link (copied or sent by mail) to anyone active with an account.
 */
export const ParticipantList = ({
  participants,
  bodies = [],
  onChanged,
}: {
  participants: readonly Participant[];
  bodies?: readonly BodyChoice[];
  onChanged?: () => void;
}) => {
  const { t } = useTranslation();
  const [links, setLinks] = useState<Record<string, string>>({});
  const [mailed, setMailed] = useState<Record<string, boolean>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const failed = (cause: unknown) => {
    if (cause instanceof ApiError && cause.code === "stale_version") {
      setError(t("participants.stale"));
      onChanged?.();
    } else setError(t("setup.form.failed", { message: failureInWords(t, cause) }));
  };
  const invite = async (p: Participant, byMail = false) => {
    setError(null);
    try {
      const invitation = byMail
        ? await api.participants.invite({ params: { id: p.id }, body: { sendMail: true } })
        : await setupApi.newInvitation(p.id);
      setLinks((l) => ({ ...l, [p.id]: invitation.link }));
      setMailed((m) => ({ ...m, [p.id]: byMail }));
    } catch (cause) {
      failed(cause);
    }
  };
  const save = async (p: Participant, body: ParticipantBody) => {
    setError(null);
    try {
      await api.participants.edit({ params: { id: p.id }, body: { ...body, version: p.version } });
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "stale_version") failed(cause);
      throw cause;
    }
    setEditing(null);
    setNotice(t("participants.saved", { name: body.name }));
    onChanged?.();
  };
  const activate = async (p: Participant, active: boolean) => {
    setError(null);
    try {
      await api.participants.activate({ params: { id: p.id }, body: { version: p.version, active } });
      setNotice(t(active ? "participants.reactivated" : "participants.deactivated", { name: p.name }));
      setLinks((l) => ({ ...l, [p.id]: "" }));
      onChanged?.();
    } catch (cause) {
      failed(cause);
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
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
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
              <th scope="col">{t("participants.fields.roles")}</th>
              <th scope="col">{t("setup.participants.invitation")}</th>
              <th scope="col">{t("participants.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <Fragment key={p.id}>
                <tr data-testid="participant" data-active={p.active} className={p.active ? undefined : "participant-inactive"}>
                  <th scope="row">
                    <bdi>{p.name}</bdi>
                    {!p.active && <span className="badge"> {t("participants.inactive")}</span>}
                  </th>
                  <td>
                    <bdi>{p.delegation?.name ?? p.parliament}</bdi>
                  </td>
                  <td>{t(`setup.participants.genders.${p.gender}`, { defaultValue: p.gender })}</td>
                  <td>{p.ageBand ?? p.birthYear ?? "—"}</td>
                  <td>{p.languages.map((l) => t(`languageName.${l}`, { defaultValue: l })).join(t("list.separator"))}</td>
                  <td dir="ltr">{p.email ?? "—"}</td>
                  <td data-testid="participant-roles">
                    <RoleList p={p} bodies={bodies} />
                  </td>
                  <td>
                    {p.signedUp && <span className="badge badge-final">{t("setup.participants.signedUp")}</span>}{" "}
                    {!p.active ? null : p.accountId ? (
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
                  <td>
                    <Button
                      className="button button-quiet button-small"
                      aria-label={t("participants.editFor", { name: p.name })}
                      aria-expanded={editing === p.id}
                      onPress={() => setEditing(editing === p.id ? null : p.id)}
                    >
                      {t("participants.edit")}
                    </Button>
                    <Button
                      className="button button-quiet button-small"
                      aria-label={t(p.active ? "participants.deactivateFor" : "participants.reactivateFor", { name: p.name })}
                      onPress={() => void activate(p, !p.active)}
                    >
                      {t(p.active ? "participants.deactivate" : "participants.reactivate")}
                    </Button>
                  </td>
                </tr>
                {editing === p.id && (
                  <tr>
                    <td colSpan={9}>
                      <ParticipantForm participant={p} bodies={bodies} onSave={(body) => save(p, body)} onCancel={() => setEditing(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
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
          <strong>
            <bdi>{d.name}</bdi>
          </strong>{" "}
          · {t("setup.participants.members", { count: d.members.length })} ·{" "}
          {Object.entries(d.byGender)
            .filter(([, n]) => n > 0)
            .map(([g, n]) => `${t(`setup.participants.genders.${g}`, { defaultValue: g })}: ${n}`)
            .join(t("list.separator"))}
        </li>
      ))}
    </ul>
  );
};
