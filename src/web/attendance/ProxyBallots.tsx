import { useTranslation } from "react-i18next";
import type { Routes } from "../../api/routes.js";
import { CHOICES, type Choice } from "../../domain/votes/vote.js";
import { api, requests, type Output } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import { isolate } from "../components/isolate.js";

/** The ballots a member casts for absent members whose proxies they hold, each recorded as cast for them by proxy. */
export const ProxyBallots = ({ voteId, round, onChanged }: { voteId: string; round: number; onChanged: () => void }) => {
  const { t } = useTranslation();
  const act = useAct();
  const { resource, reload } = useResource<Output<Routes["attendance"]["heldProxies"]>>(
    requests.attendance.heldProxies({ params: { id: voteId } }),
  );
  if (resource.state !== "ready" || resource.data.proxies.length === 0) return null;
  const cast = (giverId: string, choice: Choice) =>
    api.attendance.castProxyBallot({ params: { id: voteId }, body: { giverId, choice } }).then(() => {
      reload();
      onChanged();
    });
  return (
    <div className="proxy-ballots" data-round={round}>
      <ErrorNotice error={act.error} />
      {resource.data.proxies.map((x) => (
        <div key={x.proxyId} className="proxy-ballot" data-testid="proxy-ballot">
          {x.choice ? (
            <p className="notice">
              {t("attendance.proxy.voted", { name: isolate(x.giverName), choice: t(`committee.vote.choice.${x.choice}`) })}
            </p>
          ) : x.usable ? (
            <div className="button-row" role="group" aria-label={t("attendance.proxy.castFor", { name: isolate(x.giverName) })}>
              <span>{t("attendance.proxy.castFor", { name: isolate(x.giverName) })}</span>
              {CHOICES.map((c) => (
                <ActButton
                  key={c}
                  label={t(`committee.vote.choice.${c}`)}
                  name={`${x.proxyId}-${c}`}
                  act={act}
                  onPress={() => cast(x.giverId, c)}
                  quiet
                />
              ))}
            </div>
          ) : (
            <p>{t("attendance.proxy.notUsable", { name: isolate(x.giverName) })}</p>
          )}
        </div>
      ))}
    </div>
  );
};
