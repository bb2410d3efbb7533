import { useCallback } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { api, requests } from "../api/client.js";
import type { LiveEvent } from "../api/types.js";
import { paths } from "../app/router.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import { useMaybe } from "../committee/useMaybe.js";
import { isolate } from "../components/isolate.js";
import { useCoalesced } from "../drafts/useDraftData.js";
import { followAfter, useLiveSitting } from "../live/useLiveSitting.js";

const Listen = ({ sittingId, after, onChange }: { sittingId: string; after: number | null | undefined; onChange: () => void }) => {
  useLiveSitting(
    sittingId,
    useCallback((event: LiveEvent) => (event.type.startsWith("amendment.") ? onChange() : undefined), [onChange]),
    { after },
  );
  return null;
};

/** The invitations to co-sponsor an amendment that wait for the reader (or their delegation): accept or decline here. */
export const CosponsorInvitations = () => {
  const { t } = useTranslation();
  const { data, reload } = useMaybe(requests.cosponsors.mine());
  const onChange = useCoalesced(reload);
  const act = useAct();
  if (!data || data.invitations.length === 0) return null;
  return (
    <>
      {data.sittings.map((s) => (
        <Listen key={s} sittingId={s} after={followAfter(data)} onChange={onChange} />
      ))}
      <ul className="task-list" aria-label={t("cosponsors.invitations")}>
        {data.invitations.map((i) => (
          <li key={i.id} data-testid="task" data-kind="cosponsor_invitation" data-amendment={i.amendment.number}>
            <Link href={paths.draft(i.amendment.draftId)}>
              {t("cosponsors.invitation", {
                author: isolate(i.amendment.author ?? ""),
                number: i.amendment.number,
                place: i.amendment.targetLabel ?? "",
                delegation: isolate(i.delegation),
              })}
            </Link>
            {i.amendment.text && (
              <p className="muted" lang={i.amendment.language} dir={directionOf(i.amendment.language)}>
                {i.amendment.text}
              </p>
            )}
            <div className="setup-buttons">
              {i.permissions.accept && (
                <ActButton
                  label={t("cosponsors.accept")}
                  name={`accept-${i.id}`}
                  act={act}
                  testId="cosponsor-accept"
                  onPress={() => api.cosponsors.answer({ params: { id: i.id }, body: { step: "accept", version: i.version } }).then(reload)}
                />
              )}
              {i.permissions.decline && (
                <ActButton
                  label={t("cosponsors.decline")}
                  name={`decline-${i.id}`}
                  act={act}
                  quiet
                  testId="cosponsor-decline"
                  onPress={() =>
                    api.cosponsors.answer({ params: { id: i.id }, body: { step: "decline", version: i.version } }).then(reload)
                  }
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      <ErrorNotice error={act.error} />
    </>
  );
};
