import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { failureInWords } from "../api/failure.js";
import { api } from "../api/client.js";
import { SelectField } from "../drafts/controls.js";
import type { EventParticipant, MemberRole, Members } from "./types.js";

interface MembersPanelProps {
  readonly groupId: string;
  readonly members: Members | null;
  /** Headcount and capacity for those who may not see the names. */
  readonly occupancy: { readonly members: number; readonly capacity: number } | null;
  readonly myRole: MemberRole | null;
  readonly signedIn: boolean;
  readonly me: string | null;
  /** The event's participants with an account, for the secretariat to assign; null for others. */
  readonly candidates: readonly EventParticipant[] | null;
  readonly onChanged: () => void;
}

/**
 * Who is in the group against its room's capacity; joining or leaving it; for the secretariat, assigning
 * a participant of the event to it. A refusal (full room, designated elsewhere) is said as the server says it.
 */
export const MembersPanel = ({ groupId, members, occupancy, myRole, me, candidates, onChanged }: MembersPanelProps) => {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [chosen, setChosen] = useState("");
  const count = members?.members.length ?? occupancy?.members ?? 0;
  const capacity = members?.capacity ?? occupancy?.capacity ?? 0;

  const run = async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (cause) {
      setError(t("groups.members.refused", { reason: failureInWords(t, cause) }));
    } finally {
      setPending(false);
    }
  };

  const outside = (candidates ?? []).filter((c) => c.accountId && !members?.members.some((m) => m.accountId === c.accountId));
  return (
    <section className="members" aria-labelledby="members-heading" data-testid="members">
      <h2 id="members-heading">{t("groups.members.heading")}</h2>
      <p className="members-occupancy" data-testid="occupancy">
        {t("groups.members.occupancy", { count, capacity })}
      </p>
      {members && (
        <ul className="members-list">
          {members.members.map((m) => (
            <li key={m.accountId} data-testid="member">
              <bdi className="member-name">{m.name}</bdi> <bdi className="member-parliament">{m.parliament}</bdi>{" "}
              {m.role !== "participant" && <span className="member-role">{t(`groups.members.role.${m.role}`)}</span>}
            </li>
          ))}
        </ul>
      )}
      {myRole === "participant" && me && (
        <Button
          className="button button-quiet"
          isDisabled={pending}
          onPress={() => void run(() => api.groups.leave({ params: { id: groupId, accountId: me } }))}
        >
          {t("groups.members.leave")}
        </Button>
      )}
      {candidates !== null && outside.length > 0 && (
        <div className="members-assign">
          <SelectField
            label={t("groups.members.assignWho")}
            value={chosen}
            options={outside.map((c) => ({ id: c.accountId ?? "", label: `${c.name} (${c.parliament})` }))}
            onChange={setChosen}
            testId="assign-select"
          />
          <Button
            className="button button-quiet"
            isDisabled={pending || chosen === ""}
            onPress={() => void run(() => api.groups.join({ params: { id: groupId }, body: { accountId: chosen } }))}
          >
            {t("groups.members.assign")}
          </Button>
        </div>
      )}
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
    </section>
  );
};

/** Joining the group, where the eye falls first: for a signed-in person who is not a member; refused when the room is full. */
export const JoinGroup = ({ groupId, full, onChanged }: { groupId: string; full: boolean; onChanged: () => void }) => {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const join = async () => {
    setPending(true);
    setError(null);
    try {
      await api.groups.join({ params: { id: groupId }, body: {} });
      onChanged();
    } catch (cause) {
      setError(t("groups.members.refused", { reason: failureInWords(t, cause) }));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="group-join">
      <Button className="button button-primary" isDisabled={pending || full} onPress={() => void join()} data-testid="join-group">
        {t("groups.members.join")}
      </Button>
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
    </div>
  );
};
