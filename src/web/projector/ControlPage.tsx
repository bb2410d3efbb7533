import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../domain/language.js";
import type { LiveEvent } from "../../api/live.js";
import { allLanguages, api, requests } from "../api/client.js";
import { failureInWords } from "../api/failure.js";
import { useResource } from "../api/useResource.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { paths } from "../app/router.js";
import { textIn } from "../groups/options.js";
import { useLanguage } from "../i18n/index.js";
import { useLiveSitting } from "../live/useLiveSitting.js";
import type { ProjectorList } from "./list.js";
import { ScreenControl } from "./ScreenControl.js";

/** The secretariat's form for a new hall screen: its name, hall language and floor. */
const CreateScreen = ({ list, onCreated }: { list: ProjectorList; onCreated: (name: string, address: string) => void }) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const [name, setName] = useState("");
  const [language, setLanguage] = useState<Language>("en");
  const [groupId, setGroupId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setError(null);
    try {
      const answer = await api.projectors.create({ params: { id: list.sittingId }, body: { name, language, groupId: groupId || null } });
      setName("");
      onCreated(answer.projector.name, answer.address);
    } catch (cause) {
      setError(failureInWords(t, cause));
    }
  };
  return (
    <form
      className="projector-create card"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <h2>{t("projectors.create")}</h2>
      <label>
        {t("projectors.name")}
        <input value={name} required maxLength={120} onChange={(e) => setName(e.target.value)} data-testid="screen-name" />
      </label>
      <label>
        {t("projectors.language")}
        <select value={language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="screen-language">
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languageName.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("projectors.floor")}
        <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
          <option value="">{t("projectors.plenary")}</option>
          {list.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {t("projectors.group", { number: g.number })} · {textIn(g.title, ui).text}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="screen-create">
        {t("projectors.createButton")}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
};

/**
 * The hall screens of a sitting, for the secretariat and the floors' chairs: what each shows, its queue, a
 * composer with a preview in the hall's language; the secretariat also sets screens up and issues their addresses.
 */
export const ControlPage = ({ sittingId }: { readonly sittingId: string }) => {
  const { t } = useTranslation();
  usePageTitle(t("projectors.title"));
  const { resource, reload } = useResource(allLanguages(requests.projectors.list({ params: { id: sittingId } })));
  const [address, setAddress] = useState<{ name: string; url: string } | null>(null);
  const onEvent = useCallback((e: LiveEvent) => e.type.startsWith("projector.") && reload(), [reload]);
  useLiveSitting(sittingId, onEvent, { onSynced: reload });
  const shown = (name: string, path: string) => {
    setAddress({ name, url: `${window.location.origin}${path}` });
    reload();
  };

  return (
    <div className="page projector-control-page">
      <p>
        <a href={paths.sitting(sittingId)}>{t("projectors.backToSitting")}</a>
      </p>
      <h1>{t("projectors.title")}</h1>
      {resource.state === "loading" && <p>{t("status.loading")}</p>}
      {resource.state === "error" && <p role="alert">{failureInWords(t, resource.error)}</p>}
      {address && (
        <div className="notice" role="status" data-testid="screen-address-box">
          <p>{t("projectors.address", { name: address.name })}</p>
          <p>
            <a href={address.url} target="_blank" rel="noreferrer" data-testid="screen-address" dir="ltr">
              {address.url}
            </a>
          </p>
        </div>
      )}
      {resource.state === "ready" && (
        <>
          {resource.data.projectors.length === 0 && <p>{t("projectors.none")}</p>}
          {resource.data.projectors.map((s) => (
            <ScreenControl key={s.id} screen={s} list={resource.data} onChanged={reload} onAddress={shown} />
          ))}
          {resource.data.permissions.manage && <CreateScreen list={resource.data} onCreated={shown} />}
        </>
      )}
    </div>
  );
};
