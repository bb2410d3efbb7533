import { useCallback, useEffect, useState } from "react";
import { Button } from "react-aria-components";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import type { Output } from "../api/client.js";
import type { Routes } from "../../api/routes.js";
import { formatSeconds } from "./countdown.js";
import { SpeakerBadges } from "./SpeakerBadges.js";
import type { SpeakersCommand } from "./types.js";
import type { Floor } from "./useSpeakers.js";

type Turn = Output<Routes["speakers"]["groupTurns"]>["requests"][number];

const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The record of turns as CSV, in the reader's language, one row per request: remote turns say so in their own column. */
export const turnsCsv = (turns: readonly Turn[], t: TFunction): string => {
  const header = ["name", "delegation", "kind", "where", "status", "startedAt", "endedAt", "seconds", "replyTo"].map((c) =>
    t(`speakersOperator.turns.column.${c}`),
  );
  const rows = turns.map((r) => [
    r.name,
    r.parliament,
    t(`speakersOperator.kind.${r.kind}`),
    r.remote ? t("groups.speakers.remote") : t("groups.speakers.inHall"),
    t(`speakersOperator.turns.status.${r.status}`),
    r.startedAt ?? "",
    r.endedAt ?? "",
    String(r.seconds),
    r.replyTo?.name ?? "",
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
};

const download = (text: string, name: string) => {
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/**
 * The turns given so far (and requests withdrawn or absent), each saying whether the speaker was remote; the
 * chair puts a finished speaker back at the end of the list, and anyone following downloads the record as CSV.
 */
export const TurnsHistory = ({
  floor,
  version,
  mayRun,
  pending,
  send,
}: {
  floor: Floor;
  version: number;
  mayRun: boolean;
  pending: boolean;
  send: (command: SpeakersCommand) => Promise<boolean>;
}) => {
  const { t } = useTranslation();
  const [turns, setTurns] = useState<readonly Turn[]>([]);
  const [open, setOpen] = useState(false);
  const load = useCallback(
    (signal: AbortSignal) =>
      (floor.kind === "group"
        ? api.speakers.groupTurns({ params: { id: floor.id } }, { signal })
        : api.speakers.plenaryTurns({ params: { id: floor.id } }, { signal })
      ).then(
        (answer) => setTurns(answer.requests),
        () => undefined,
      ),
    [floor.kind, floor.id],
  );
  // Read only while open: every follower's screen need not fetch the record at each change of the list.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, version, open]);
  return (
    <details className="turns-history" data-testid="turns-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {open
          ? t("speakersOperator.turns.heading", { count: turns.filter((r) => r.status === "spoke").length })
          : t("speakersOperator.turns.title")}
      </summary>
      {turns.length === 0 ? (
        <p className="queue-empty">{t("speakersOperator.turns.none")}</p>
      ) : (
        <>
          <ol className="queue turns-list">
            {turns.map((r) => (
              <li key={r.id} className="queue-item" data-testid="turn" data-name={r.name} data-status={r.status} data-remote={r.remote}>
                <span className="queue-who">
                  <bdi className="queue-name">{r.name}</bdi>
                  <span className="queue-parliament">{r.parliament}</span>
                  {r.replyTo && <span className="queue-note">{t("speakersOperator.replyTo", { name: r.replyTo.name })}</span>}
                </span>
                <span className="queue-badges">
                  <SpeakerBadges kind={r.kind} remote={r.remote} t={t} />
                  <span className="queue-note">{t(`speakersOperator.turns.status.${r.status}`)}</span>
                  {r.status === "spoke" && (
                    <span className="queue-note" dir="ltr">
                      {formatSeconds(r.seconds)}
                    </span>
                  )}
                </span>
                {mayRun && r.status === "spoke" && (
                  <span className="queue-actions">
                    <Button
                      className="button button-quiet"
                      aria-label={t("speakersOperator.turns.readdLabel", { name: r.name })}
                      isDisabled={pending}
                      onPress={() => void send({ type: "readd", requestId: r.id })}
                    >
                      {t("speakersOperator.turns.readd")}
                    </Button>
                  </span>
                )}
              </li>
            ))}
          </ol>
          <Button className="button button-quiet" onPress={() => download(turnsCsv(turns, t), `turns-${floor.kind}-${floor.id}.csv`)}>
            {t("speakersOperator.turns.csv")}
          </Button>
        </>
      )}
    </details>
  );
};
