import { useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { setupApi } from "./api.js";
import { Designations } from "./Designations.js";
import { GroupForm } from "./GroupForm.js";
import { GuidingQuestions } from "./GuidingQuestions.js";
import { textFor } from "./ml.js";
import { setupPaths } from "./paths.js";
import { RevisionHistory } from "./RevisionHistory.js";
import { SecretariatOnly } from "./SecretariatOnly.js";
import { TranslationBadges } from "./TranslationBadges.js";
import type { SetupGroup, SetupTree } from "./types.js";

const GroupSetup = ({ tree, groupId, reload }: { tree: SetupTree; groupId: string; reload: () => void }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const [latest, setLatest] = useState<SetupGroup | null>(null);
  const sitting = tree.sittings.find((s) => s.groups.some((g) => g.id === groupId));
  const loaded = sitting?.groups.find((g) => g.id === groupId);
  const group = latest && loaded && latest.version > loaded.version ? latest : loaded;
  const title = group ? t("setup.group.item", { number: group.number, title: textFor(group.title, language) }) : "";
  usePageTitle(title || null);
  if (!sitting || !group) return <LoadError error={new ApiError(404, "not_found", "Unknown group")} />;
  const { event } = tree;
  const languages = event.workingLanguages;
  const changed = (saved: SetupGroup) => {
    setLatest(saved);
    reload();
  };
  return (
    <div className="page setup-page">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href={setupPaths.home}>{t("setup.home.title")}</Link>
          </li>
          <li>
            <Link href={setupPaths.event(event.id)}>{textFor(event.name, language)}</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <div className="page-intro">
        <p className="eyebrow">{t("setup.sitting.heading", { number: sitting.number, title: textFor(sitting.title, language) })}</p>
        <h1>{title}</h1>
        <p className="lede">
          {t("setup.group.roomFull", {
            hall: textFor(group.room.hall, language),
            floor: textFor(group.room.floor, language),
            building: textFor(group.room.building, language),
            capacity: group.room.capacity,
          })}
        </p>
        <TranslationBadges translations={group.translations} languages={languages} />
        <div className="setup-buttons">
          <Button className="button button-quiet" onPress={() => setEditing(!editing)} aria-expanded={editing}>
            {t("setup.group.edit")}
          </Button>
        </div>
        <RevisionHistory kind="discussion_group" id={group.id} version={group.version} />
      </div>
      {editing && (
        <GroupForm
          key={group.version}
          sittingId={sitting.id}
          group={group}
          languages={languages}
          onSaved={(saved) => {
            setEditing(false);
            changed(saved);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      <GuidingQuestions group={group} languages={languages} onChanged={changed} />
      <Designations event={event} sittings={tree.sittings} group={group} />
    </div>
  );
};

/** A discussion group's set-up: its room, its guiding questions in order, and the designation of its chair and rapporteur. */
export const GroupSetupPage = ({ eventId, groupId }: { eventId: string; groupId: string }) => {
  const { resource, reload } = useResource(setupApi.tree(eventId));
  return (
    <SecretariatOnly>
      {resource.state === "loading" ? (
        <Loading />
      ) : resource.state === "error" ? (
        <LoadError error={resource.error} />
      ) : (
        <GroupSetup tree={resource.data} groupId={groupId} reload={reload} />
      )}
    </SecretariatOnly>
  );
};
