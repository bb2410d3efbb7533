import { useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/index.js";
import { AgendaItemForm } from "./AgendaItemForm.js";
import { setupApi } from "./api.js";
import { DocumentForm } from "./DocumentForm.js";
import { GroupForm } from "./GroupForm.js";
import { textFor } from "./ml.js";
import { setupPaths } from "./paths.js";
import { PublishButton } from "./PublishButton.js";
import { RevisionHistory } from "./RevisionHistory.js";
import { SittingForm } from "./SittingForm.js";
import { TranslationBadges } from "./TranslationBadges.js";
import type { SetupEvent, SittingTree } from "./types.js";

/** Which form of the panel is open: one at a time. */
type Open = { kind: "sitting" } | { kind: "item"; id: string | null } | { kind: "document"; id: string | null } | { kind: "group" } | null;

/** One sitting in the set-up: its facts, agenda, documents and discussion groups, each editable in place. */
export const SittingPanel = ({ event, sitting, reload }: { event: SetupEvent; sitting: SittingTree; reload: () => void }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const saved = () => {
    setOpen(null);
    reload();
  };
  const languages = event.workingLanguages;
  const body = event.bodies.find((b) => b.id === sitting.bodyId);
  const headingId = `sitting-${sitting.id}`;
  return (
    <article className="setup-card setup-sitting" aria-labelledby={headingId} data-testid="setup-sitting">
      <header className="setup-card-header">
        <h3 id={headingId}>{t("setup.sitting.heading", { number: sitting.number, title: textFor(sitting.title, language) })}</h3>
        <p className="muted">
          {body ? textFor(body.name, language) : null} · {sitting.date} · {sitting.startTime}–{sitting.endTime} ({sitting.timeZone}) ·{" "}
          {textFor(sitting.venue, language)}
        </p>
        <TranslationBadges translations={sitting.translations} languages={languages} />
        <div className="setup-buttons">
          <PublishButton
            published={sitting.published}
            publish={(p, reason) => setupApi.publishSitting(sitting.id, sitting.version, p, reason)}
            onDone={reload}
          />
          <Button
            className="button button-quiet"
            onPress={() => setOpen({ kind: "sitting" })}
            aria-label={t("setup.sitting.edit", { number: sitting.number })}
          >
            {t("setup.form.edit")}
          </Button>
        </div>
        <RevisionHistory kind="sitting" id={sitting.id} version={sitting.version} />
      </header>
      {open?.kind === "sitting" && <SittingForm event={event} sitting={sitting} onSaved={saved} onCancel={close} />}

      <section aria-labelledby={`${headingId}-agenda`}>
        <h4 id={`${headingId}-agenda`}>{t("setup.agenda.heading")}</h4>
        <ul className="setup-items">
          {sitting.agenda.map((item) => (
            <li key={item.id}>
              {open?.kind === "item" && open.id === item.id ? (
                <AgendaItemForm sitting={sitting} item={item} languages={languages} onSaved={saved} onCancel={close} />
              ) : (
                <>
                  <span>{t("setup.agenda.item", { number: item.number, title: textFor(item.title, language) })}</span>{" "}
                  <Button
                    className="button button-quiet button-small"
                    onPress={() => setOpen({ kind: "item", id: item.id })}
                    aria-label={t("setup.agenda.edit", { number: item.number })}
                  >
                    {t("setup.form.edit")}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
        {open?.kind === "item" && open.id === null ? (
          <AgendaItemForm sitting={sitting} item={null} languages={languages} onSaved={saved} onCancel={close} />
        ) : (
          <Button className="button button-quiet" onPress={() => setOpen({ kind: "item", id: null })}>
            {t("setup.agenda.add")}
          </Button>
        )}
      </section>

      <section aria-labelledby={`${headingId}-documents`}>
        <h4 id={`${headingId}-documents`}>{t("setup.document.heading")}</h4>
        <ul className="setup-items">
          {sitting.documents.map((doc) => (
            <li key={doc.id} data-testid="setup-document">
              {open?.kind === "document" && open.id === doc.id ? (
                <DocumentForm event={event} sitting={sitting} document={doc} onSaved={saved} onCancel={close} />
              ) : (
                <>
                  <span dir="ltr" className="setup-symbol">
                    {doc.symbol}
                  </span>{" "}
                  {textFor(doc.title, language)} <TranslationBadges translations={doc.translations} languages={languages} />
                  <div className="setup-buttons">
                    <PublishButton
                      published={doc.published}
                      publish={(p, reason) => setupApi.publishDocument(doc.id, doc.version, p, reason)}
                      onDone={reload}
                    />
                    <Button
                      className="button button-quiet"
                      onPress={() => setOpen({ kind: "document", id: doc.id })}
                      aria-label={t("setup.document.edit", { symbol: doc.symbol })}
                    >
                      {t("setup.form.edit")}
                    </Button>
                  </div>
                  <RevisionHistory kind="document" id={doc.id} version={doc.version} />
                </>
              )}
            </li>
          ))}
        </ul>
        {open?.kind === "document" && open.id === null ? (
          <DocumentForm event={event} sitting={sitting} document={null} onSaved={saved} onCancel={close} />
        ) : (
          <Button className="button button-quiet" onPress={() => setOpen({ kind: "document", id: null })}>
            {t("setup.document.add")}
          </Button>
        )}
      </section>

      <section aria-labelledby={`${headingId}-groups`}>
        <h4 id={`${headingId}-groups`}>{t("setup.group.heading")}</h4>
        <ul className="setup-items">
          {sitting.groups.map((group) => (
            <li key={group.id} data-testid="setup-group">
              <Link href={setupPaths.group(event.id, group.id)}>
                {t("setup.group.item", { number: group.number, title: textFor(group.title, language) })}
              </Link>
              {" · "}
              {t("setup.group.room", { hall: textFor(group.room.hall, language), capacity: group.room.capacity })}
              {" · "}
              {t("setup.group.questions", { count: group.guidingQuestions.length })}
            </li>
          ))}
        </ul>
        {open?.kind === "group" ? (
          <GroupForm sittingId={sitting.id} group={null} languages={languages} onSaved={saved} onCancel={close} />
        ) : (
          <Button className="button button-quiet" onPress={() => setOpen({ kind: "group" })}>
            {t("setup.group.add")}
          </Button>
        )}
      </section>
    </article>
  );
};
