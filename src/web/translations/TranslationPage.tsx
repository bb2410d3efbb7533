import { useMemo, useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf } from "../../domain/language.js";
import { diffWords } from "../../domain/text/diff.js";
import type { Routes } from "../../api/routes.js";
import { api, requests, type Output } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";
import { Badge } from "../components/Badge.js";
import { isolate } from "../components/isolate.js";
import { LoadError, Loading } from "../components/Status.js";
import { SelectField, TextAreaField } from "../drafts/controls.js";
import { TrackedChanges } from "../drafts/TrackedChanges.js";
import { duration, whatIsTranslated } from "./format.js";
import { STATUS_TONES } from "./tones.js";

type Detail = Output<Routes["translations"]["get"]>;

/**
 * One translation: the source with its changes marked in its own language and direction, beside the editor in the
 * language translated into (starting from that language's wording of the paragraph), with a preview of the
 * translation's own tracked changes; save, submit, claim, and the secretariat's assignment.
 */
export const TranslationPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const { resource, reload } = useResource<Detail>(requests.translations.get({ params: { id } }));
  usePageTitle(t("translations.page.title"));
  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  return <TranslationEditor key={`${resource.data.id}-${resource.data.version}`} task={resource.data} onChanged={reload} />;
};

const TranslationEditor = ({ task, onChanged }: { task: Detail; onChanged: () => void }) => {
  const { t } = useTranslation();
  const act = useAct();
  const me = useSession().account?.id ?? null;
  const [text, setText] = useState(task.text ?? task.source.targetBefore ?? "");
  const [assignee, setAssignee] = useState(task.assignedTo?.id ?? "");
  const preview = useMemo(() => diffWords(task.source.targetBefore ?? "", text, task.language), [task, text]);
  const from = task.sourceLanguage;
  const into = task.language;
  const body = { text, version: task.version };
  return (
    <main className="page translations-page" data-testid="translation-page" data-status={task.status}>
      <p>
        <Link href={paths.translations(into)}>{t("translations.page.back")}</Link>
      </p>
      <h1>
        {whatIsTranslated(t, task)} <span className="muted">· {isolate(task.draftSymbol)}</span>
      </h1>
      <p className="translation-meta">
        {t("translations.queue.fromTo", { from: t(`languageName.${from}`), to: t(`languageName.${into}`) })}{" "}
        <Badge tone={STATUS_TONES[task.status]}>{t(`translations.status.${task.status}`)}</Badge>
        {task.assignedTo && <> · {t("translations.page.heldBy", { name: isolate(task.assignedTo.name) })}</>}
      </p>
      {task.status === "stale" && (
        <div className="notice notice-warning" role="note" data-testid="stale-notice">
          <p>{t("translations.page.stale")}</p>
        </div>
      )}
      <div className="translation-columns">
        <section className="translation-source" aria-labelledby="source-heading">
          <h2 id="source-heading">{t("translations.page.source", { language: t(`languageName.${from}`) })}</h2>
          <p className="translation-text" data-testid="translation-source" lang={from} dir={directionOf(from)}>
            <TrackedChanges changes={task.source.changes} language={from} />
          </p>
        </section>
        <section className="translation-target" aria-labelledby="target-heading">
          <h2 id="target-heading">{t("translations.page.target", { language: t(`languageName.${into}`) })}</h2>
          {task.permissions.save || task.permissions.submit ? (
            <TextAreaField
              label={t("translations.page.wording", { language: t(`languageName.${into}`) })}
              value={text}
              onChange={setText}
              language={into}
              rows={8}
              testId="translation-text"
            />
          ) : (
            <p className="translation-text" lang={into} dir={directionOf(into)} data-testid="translation-final">
              {task.text ?? ""}
            </p>
          )}
          <p className="field-label">{t("translations.page.preview")}</p>
          <p className="translation-text translation-preview" data-testid="translation-preview" lang={into} dir={directionOf(into)}>
            <TrackedChanges changes={preview} language={into} />
          </p>
        </section>
      </div>
      <div className="form-row translation-actions">
        {task.permissions.claim && me && (
          <ActButton
            label={t("translations.page.claim")}
            name="claim"
            act={act}
            quiet
            testId="translation-claim"
            onPress={() =>
              api.translations.assign({ params: { id: task.id }, body: { accountId: me, version: task.version } }).then(onChanged)
            }
          />
        )}
        {task.permissions.save && (
          <ActButton
            label={t("translations.page.save")}
            name="save"
            act={act}
            quiet
            disabled={text.trim() === ""}
            testId="translation-save"
            onPress={() => api.translations.save({ params: { id: task.id }, body }).then(onChanged)}
          />
        )}
        {task.permissions.submit && (
          <ActButton
            label={t("translations.page.submit")}
            name="submit"
            act={act}
            disabled={text.trim() === ""}
            testId="translation-submit"
            confirm={{
              title: t("translations.page.submitTitle"),
              message: t("translations.page.submitMessage", { language: t(`languageName.${into}`) }),
              confirmLabel: t("translations.page.submit"),
            }}
            onPress={() => api.translations.submit({ params: { id: task.id }, body }).then(onChanged)}
          />
        )}
        {task.permissions.reopen && (
          <ActButton
            label={t("translations.page.reopen")}
            name="reopen"
            act={act}
            quiet
            testId="translation-reopen"
            onPress={() => api.translations.reopen({ params: { id: task.id }, body: { version: task.version } }).then(onChanged)}
          />
        )}
      </div>
      {task.permissions.assign && (
        <div className="form-row translation-assign">
          <SelectField
            label={t("translations.page.assignTo")}
            value={assignee}
            onChange={setAssignee}
            options={[{ id: "", label: t("translations.queue.nobody") }, ...task.translators.map((p) => ({ id: p.id, label: p.name }))]}
            testId="translation-assignee"
          />
          <ActButton
            label={t("translations.page.assign")}
            name="assign"
            act={act}
            quiet
            testId="translation-assign"
            onPress={() =>
              api.translations
                .assign({ params: { id: task.id }, body: { accountId: assignee || null, version: task.version } })
                .then(onChanged)
            }
          />
        </div>
      )}
      <ErrorNotice error={act.error} />
      <section aria-labelledby="languages-heading" className="translation-languages">
        <h2 id="languages-heading">{t("translations.page.languages")}</h2>
        <ul>
          {task.languages.map((l) => (
            <li key={l.language} data-testid="translation-language" data-language={l.language} data-status={l.status}>
              {t(`languageName.${l.language}`)} <Badge tone={STATUS_TONES[l.status]}>{t(`translations.status.${l.status}`)}</Badge>
            </li>
          ))}
        </ul>
        {task.permissions.assign && (
          <p data-testid="translation-turnaround">
            {t("translations.turnaround.one", { duration: duration(t, task.turnaroundMilliseconds) })}
          </p>
        )}
      </section>
    </main>
  );
};
