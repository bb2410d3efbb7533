import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { MultilingualText } from "../../domain/multilingual.js";
import { useLanguage } from "../i18n/index.js";
import { textFor } from "./ml.js";
import type { VersionedForm } from "./useVersionedForm.js";
import { unclaimedErrors } from "./values.js";
import { enumerate } from "../components/enumerate.js";

const isMl = (value: unknown): value is MultilingualText =>
  typeof value === "object" && value !== null && "original" in value && "versions" in value;

/** One value as a line of text, for comparing the current state with the user's changes. */
const useShow = () => {
  const language = useLanguage();
  const show = (value: unknown): string => {
    if (value === null || value === undefined) return "—";
    if (isMl(value)) return textFor(value, language) || "—";
    if (Array.isArray(value)) return enumerate(value.map(show), language);
    if (typeof value === "object") return Object.values(value).map(show).join(" · ");
    return String(value);
  };
  return show;
};

/**
 * Shown when someone else saved first: what the subject holds now beside what this user changed,
 * with the choice to re-apply the changes on the current version or to drop them.
 */
export const StaleNotice = <V extends object, S extends object>({
  form,
  labels,
}: {
  form: VersionedForm<V, S>;
  labels: Readonly<Record<string, string>>;
}) => {
  const { t } = useTranslation();
  const show = useShow();
  if (!form.stale) return null;
  const current = form.stale as Record<string, unknown>;
  const mine = form.changes as Record<string, unknown>;
  return (
    <div className="notice notice-error setup-alert setup-stale" role="alert" tabIndex={-1} data-testid="stale-notice">
      <p>{t("setup.stale.message")}</p>
      <table className="setup-table">
        <thead>
          <tr>
            <th scope="col">{t("setup.stale.field")}</th>
            <th scope="col">{t("setup.stale.current")}</th>
            <th scope="col">{t("setup.stale.mine")}</th>
          </tr>
        </thead>
        <tbody>
          {Object.keys(mine).map((key) => (
            <tr key={key}>
              <th scope="row">{labels[key] ?? key}</th>
              <td>{show(current[key])}</td>
              <td>{show(mine[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="setup-buttons">
        <Button className="button button-primary" onPress={form.reapply}>
          {t("setup.stale.reapply")}
        </Button>
        <Button className="button button-quiet" onPress={form.discard}>
          {t("setup.stale.discard")}
        </Button>
      </div>
    </div>
  );
};

/** The form's own message (what went wrong that no field claims) and its save button. */
export const FormFooter = <V extends object, S extends object>({
  form,
  fields,
  submitLabel,
  onCancel,
}: {
  form: VersionedForm<V, S>;
  fields: readonly string[];
  submitLabel: string;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const others = unclaimedErrors(form.errors, fields);
  return (
    <>
      {form.formError && (
        <div className="notice notice-error setup-alert" role="alert" tabIndex={-1}>
          <p>{form.formError}</p>
          {others.length > 0 && (
            <ul>
              {others.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="setup-buttons">
        <Button type="submit" className="button button-primary" isPending={form.pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button className="button button-quiet" onPress={onCancel}>
            {t("setup.form.cancel")}
          </Button>
        )}
      </div>
    </>
  );
};
