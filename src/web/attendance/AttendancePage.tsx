import { useCallback, useMemo, useState } from "react";
import { Link, SearchField, Input, Label } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Routes } from "../../api/routes.js";
import { api, requests, type BodyOf } from "../api/client.js";
import type { LiveEvent } from "../api/types.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import { isolate } from "../components/isolate.js";
import { LoadError, Loading } from "../components/Status.js";
import { useEventRouter } from "../groups/useEventRouter.js";
import { useFollowSitting } from "../groups/useFollowSitting.js";
import { LiveIndicator } from "../sitting/LiveIndicator.js";
import type { Output } from "../api/client.js";
import { DoorScanner } from "./DoorScanner.js";
import { ProxiesPanel } from "./ProxiesPanel.js";
import { QuorumLine } from "./QuorumLine.js";
import { QuorumRuleForm } from "./QuorumRuleForm.js";
import { changesAttendance, type Attendee } from "./types.js";
import { TableDownloads } from "../exports/TableDownloads.js";

const matches = (person: Attendee, query: string): boolean => {
  const q = query.trim().toLocaleLowerCase();
  return q === "" || person.name.toLocaleLowerCase().includes(q) || person.parliament.toLocaleLowerCase().includes(q);
};

/**
 * The secretariat's check-in desk for a sitting: the door scanner, a search by name with check-in and check-out,
 * the live count and quorum of the body and of each discussion group, the proxies and the body's quorum rule.
 */
export const AttendancePage = ({ sittingId }: { sittingId: string }) => {
  const { t } = useTranslation();
  const { resource, reload } = useResource<Output<Routes["attendance"]["sitting"]>>(
    requests.attendance.sitting({ params: { id: sittingId } }),
  );
  const router = useEventRouter(
    { attendance: reload },
    useCallback((event: LiveEvent) => (changesAttendance(event) ? (["attendance"] as const) : []), []),
  );
  const live = useFollowSitting(sittingId, router);
  const act = useAct();
  const [query, setQuery] = useState("");
  const [last, setLast] = useState<string | null>(null);
  usePageTitle(t("attendance.title"));

  const people = useMemo(
    () => (resource.state === "ready" ? resource.data.people.filter((p) => matches(p, query)) : []),
    [resource, query],
  );

  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const data = resource.data;
  const may = data.permissions.takeAttendance;

  const done = (change: Output<Routes["attendance"]["checkIn"]>) => {
    setLast(
      change.changed
        ? t(`attendance.done.${change.presence}`, { name: isolate(change.name) })
        : t("attendance.done.already", { name: isolate(change.name) }),
    );
    reload();
  };
  const checkIn = (p: Attendee, mode: BodyOf<Routes["attendance"]["checkIn"]>["mode"]) =>
    api.attendance.checkIn({ params: { id: sittingId }, body: { participantId: p.participantId, mode } }).then(done);
  const checkOut = (p: Attendee) =>
    api.attendance.checkOut({ params: { id: sittingId }, body: { participantId: p.participantId } }).then(done);
  const scan = (code: string) => act.run("scan", () => api.attendance.scan({ params: { id: sittingId }, body: { code } }).then(done));

  return (
    <div className="page page-attendance">
      <header className="attendance-header">
        <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
          <Link href={paths.sitting(sittingId)}>{t("attendance.backToSitting")}</Link>
        </nav>
        <h1>{t("attendance.title")}</h1>
        <LiveIndicator status={live} />
      </header>

      <section aria-labelledby="count-body" className="attendance-counts">
        <h2 id="count-body">{t("attendance.body")}</h2>
        <QuorumLine quorum={data.body} testId="count-body" />
        {data.groups.map((g) => (
          <div key={g.groupId} className="attendance-group">
            <h3>
              <Link href={paths.group(g.groupId)}>{t("attendance.group", { number: g.number })}</Link>
            </h3>
            <QuorumLine quorum={g.quorum} testId={`count-group-${g.number}`} />
          </div>
        ))}
        <TableDownloads table="attendance" id={sittingId} />
      </section>

      {may && <DoorScanner onCode={scan} pending={act.pending === "scan"} />}
      <ErrorNotice error={act.error} />
      {last && (
        <p className="notice" role="status" data-testid="check-in-result">
          {last}
        </p>
      )}

      <section aria-labelledby="desk" className="attendance-desk">
        <h2 id="desk">{t("attendance.desk")}</h2>
        <SearchField value={query} onChange={setQuery} className="field attendance-search">
          <Label className="field-label">{t("attendance.search")}</Label>
          <Input className="field-input" data-testid="attendance-search" />
        </SearchField>
        <p className="attendance-shown" aria-live="polite">
          {t("attendance.shown", { count: people.length })}
        </p>
        <ul className="attendance-people">
          {people.map((p) => (
            <li key={p.participantId} className="attendance-person" data-testid="attendee" data-presence={p.presence}>
              <span className="attendance-name">
                <strong>
                  <bdi>{p.name}</bdi>
                </strong>{" "}
                <span className="attendance-parliament">{isolate(p.parliament)}</span>
              </span>
              <span className={`attendance-presence presence-${p.presence}`}>
                {t(`attendance.presence.${p.presence}`)}
                {p.method && p.presence !== "absent" && ` · ${t(`attendance.method.${p.method}`)}`}
              </span>
              {may && (
                <span className="button-row">
                  {p.presence !== "in_hall" && (
                    <ActButton
                      label={t("attendance.checkInHall")}
                      name={`hall-${p.participantId}`}
                      act={act}
                      onPress={() => checkIn(p, "in_hall")}
                      testId="check-in-hall"
                    />
                  )}
                  {p.presence !== "remote" && (
                    <ActButton
                      label={t("attendance.checkInRemote")}
                      name={`remote-${p.participantId}`}
                      act={act}
                      onPress={() => checkIn(p, "remote")}
                      quiet
                    />
                  )}
                  {p.presence !== "absent" && (
                    <ActButton
                      label={t("attendance.checkOut")}
                      name={`out-${p.participantId}`}
                      act={act}
                      onPress={() => checkOut(p)}
                      quiet
                      testId="check-out"
                    />
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <ProxiesPanel sittingId={sittingId} data={data} onChanged={reload} />
      {data.permissions.setQuorumRule && (
        <QuorumRuleForm bodyId={data.bodyId} rule={data.rule} version={data.ruleVersion} onSaved={reload} />
      )}
    </div>
  );
};
