import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useResource } from "../api/useResource.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import type { RevisionKind } from "./types.js";
import { TableScroll } from "../components/TableScroll.js";
import { enumerate } from "../components/enumerate.js";
import { localeWithDigits, useDigits } from "../i18n/digits.js";

/** A changed path as people read it: "venue.versions.en.text" becomes "Venue (English)". */
export const describeChange = (path: string, fieldName: (field: string) => string, languageName: (code: string) => string): string => {
  const [field = path, ...rest] = path.split(".");
  const language = rest.find((part) => /^(en|fr|es|ar)$/.test(part));
  return language ? `${fieldName(field)} (${languageName(language)})` : fieldName(field);
};

const History = ({ kind, id }: { kind: RevisionKind; id: string }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const digits = useDigits();
  const { resource } = useResource(setupApi.revisions(kind, id));
  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  const fieldName = (field: string) => t(`setup.field.${field}`, { defaultValue: field });
  const when = new Intl.DateTimeFormat(localeWithDigits(language, digits), { dateStyle: "medium", timeStyle: "short" });
  const revisions = [...resource.data.revisions].reverse();
  if (revisions.length === 0) return <p className="muted">{t("setup.history.none")}</p>;
  return (
    <TableScroll label={t("setup.history.caption")}>
      <table className="setup-table" data-testid="revisions">
        <thead>
          <tr>
            <th scope="col">{t("setup.history.version")}</th>
            <th scope="col">{t("setup.history.when")}</th>
            <th scope="col">{t("setup.history.who")}</th>
            <th scope="col">{t("setup.history.what")}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r, i) => (
            <tr key={r.version} data-testid="revision">
              <th scope="row">{r.version}</th>
              <td>{when.format(new Date(r.time))}</td>
              <td>{r.actor?.name ?? t("setup.history.system")}</td>
              <td>
                {revisions[i + 1]?.published && r.changes.length > 0 && (
                  <span className="badge badge-draft">{t("setup.history.afterPublication")}</span>
                )}{" "}
                {r.changes.length > 0
                  ? enumerate(
                      [...new Set(r.changes.map((c) => describeChange(c, fieldName, (code) => t(`languageName.${code}`))))],
                      language,
                    )
                  : i === revisions.length - 1
                    ? t("setup.history.created")
                    : r.published
                      ? t("setup.publish.published")
                      : t("setup.publish.unpublished")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
};

/** The revision history of a subject behind a button: who changed it, when, which fields, and whether it was public then. */
export const RevisionHistory = ({ kind, id, version }: { kind: RevisionKind; id: string; version: number }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="setup-history">
      <Button className="button button-quiet" aria-expanded={open} onPress={() => setOpen(!open)}>
        {open ? t("setup.history.hide") : t("setup.history.show")}
      </Button>
      {open && <History key={version} kind={kind} id={id} />}
    </div>
  );
};
