import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { routes } from "../../api/routes.js";
import { urlOf } from "../api/client.js";
import { SelectInput } from "../setup/fields.js";
import type { Delegation } from "../setup/types.js";
import { downloadByPost } from "./download.js";
import { failureInWords } from "../api/failure.js";

/**
 * The import template, and the sign-in links of the event (or of one delegation) as a CSV list or as access
 * slips to print: each export issues new links, so the links handed out before stop working.
 */
export const AccessTools = ({ eventId, delegations }: { eventId: string; delegations: readonly Delegation[] }) => {
  const { t } = useTranslation();
  const [delegationId, setDelegationId] = useState("");
  const [pending, setPending] = useState<"csv" | "pdf" | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const download = async (kind: "csv" | "pdf") => {
    setPending(kind);
    setStatus(null);
    const route = kind === "csv" ? routes.participants.invitationsCsv : routes.participants.accessSlips;
    try {
      await downloadByPost(
        urlOf(route, { params: { id: eventId } }),
        delegationId ? { delegationId } : {},
        kind === "csv" ? "invitations.csv" : "access-slips.pdf",
      );
      setStatus({ ok: true, text: t(kind === "csv" ? "participants.access.csvDone" : "participants.access.slipsDone") });
    } catch (cause) {
      setStatus({ ok: false, text: t("setup.form.failed", { message: failureInWords(t, cause) }) });
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="participant-access" data-testid="access-tools">
      <p className="muted">{t("participants.access.intro")}</p>
      <SelectInput
        label={t("participants.access.delegation")}
        value={delegationId}
        onChange={setDelegationId}
        options={[{ id: "", label: t("participants.access.allDelegations") }, ...delegations.map((d) => ({ id: d.id, label: d.name }))]}
      />
      <div className="setup-buttons">
        <Button className="button button-quiet" isPending={pending === "csv"} onPress={() => void download("csv")}>
          {t("participants.access.exportCsv")}
        </Button>
        <Button className="button button-quiet" isPending={pending === "pdf"} onPress={() => void download("pdf")}>
          {t("participants.access.slips")}
        </Button>
      </div>
      {status && (
        <div className={status.ok ? "notice" : "notice notice-error"} role={status.ok ? "status" : "alert"}>
          <p>{status.text}</p>
        </div>
      )}
    </div>
  );
};

/** The CSV template of the import, with the accepted values listed under its header. */
export const TemplateLink = () => {
  const { t } = useTranslation();
  return (
    <a className="button button-quiet" href={urlOf(routes.participants.template)} download="participants-template.csv">
      {t("participants.template")}
    </a>
  );
};
