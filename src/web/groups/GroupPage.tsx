import { useCallback } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { GroupFunction } from "../../domain/designations/designation.js";
import type { DiscussionGroup, LiveEvent, SittingDetail } from "../api/types.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { LoadError, Loading } from "../components/Status.js";
import { useLanguage } from "../i18n/index.js";
import { LiveIndicator } from "../sitting/LiveIndicator.js";
import { ContributionsPanel } from "./ContributionsPanel.js";
import { FollowButton } from "../notifications/FollowButton.js";
import { GroupHeader, QuestionsList, type GroupOfficers } from "./GroupHeader.js";
import { JoinGroup, MembersPanel } from "./MembersPanel.js";
import { paragraphOptions, questionOptions, textIn } from "./options.js";
import { SpeakersPanel } from "./SpeakersPanel.js";
import { useFollowSitting } from "./useFollowSitting.js";
import { concerns } from "./liveConcerns.js";
import { useEventRouter } from "./useEventRouter.js";
import { useFreshAccount, useGroupSitting, useOptional } from "./useGroupData.js";
import { useSpeakers } from "./useSpeakers.js";
import { useDraftTexts } from "../sitting/useDraftTexts.js";
import { requests } from "../api/client.js";

const GroupScreen = ({ detail, group }: { detail: SittingDetail; group: DiscussionGroup }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = group.id;
  const { account, reload: reloadAccount } = useFreshAccount();
  const occupancy = useOptional(requests.groups.occupancy({ params: { id: detail.sitting.id } }));
  const seats = occupancy.data?.groups.find((g) => g.groupId === id) ?? null;
  const may = seats?.permissions ?? { follow: false, run: false, takePart: false, readParticipation: false, role: null };
  const assignMembers = occupancy.data?.permissions.assignMembers ?? false;
  const myRole = may.role;
  const mayFollow = may.follow;
  const speakers = useSpeakers({ kind: "group", id }, mayFollow);
  const members = useOptional(mayFollow ? requests.groups.members({ params: { id } }) : null);
  const contributions = useOptional(mayFollow ? requests.groups.contributions({ params: { id }, query: {} }) : null);
  const candidates = useOptional(assignMembers ? requests.participants.list({ params: { id: detail.event.id } }) : null);
  const designations = useOptional(requests.designations.list({ query: { groupId: id } }));
  const officer = (role: GroupFunction) => {
    const d = designations.data?.designations.find((x) => x.function === role && x.status === "designated");
    return d ? `${d.participant.name} (${d.participant.parliament})` : null;
  };
  const officers: GroupOfficers | null = designations.data ? { chair: officer("chair"), rapporteur: officer("rapporteur") } : null;
  const router = useEventRouter(
    {
      speakers: speakers.reload,
      members: () => {
        members.reload();
        occupancy.reload();
      },
      contributions: contributions.reload,
      account: () => {
        reloadAccount();
        occupancy.reload();
      },
    },
    useCallback((event: LiveEvent) => concerns(event, id), [id]),
  );
  const live = useFollowSitting(detail.sitting.id, router);
  const title = textIn(group.title, language).text;
  usePageTitle(title);

  const questions = questionOptions(group.guidingQuestions, language);
  const paragraphs = paragraphOptions(useDraftTexts(detail.sitting.id).drafts ?? []);
  const list = speakers.state.state === "ready" ? speakers.state.list : null;
  const refreshMembers = () => {
    members.reload();
    occupancy.reload();
    reloadAccount();
  };

  return (
    <div className="page page-group">
      <GroupHeader
        group={group}
        sitting={detail.sitting}
        officers={officers}
        seats={seats}
        join={
          account !== null && myRole === null && !assignMembers && seats ? (
            <JoinGroup groupId={id} full={seats.members >= seats.capacity} onChanged={refreshMembers} />
          ) : undefined
        }
        links={
          <>
            <FollowButton target="group" id={id} />
            <Link className="button button-quiet" href={paths.groupProjector(id)} data-testid="projector-link">
              {t("groups.page.projector")}
            </Link>
            {may.run && (
              <Link className="button button-quiet" href={paths.projectorControl(detail.sitting.id)} data-testid="projectors-link">
                {t("projectors.link")}
              </Link>
            )}
            {may.readParticipation && (
              <Link className="button button-quiet" href={paths.groupParticipation(id)} data-testid="participation-link">
                {t("groups.page.participation")}
              </Link>
            )}
          </>
        }
      />
      <div className="group-layout">
        <div className="group-main">
          {mayFollow ? (
            <SpeakersPanel
              floor={{ kind: "group", id }}
              speakers={speakers}
              mayRun={may.run}
              mayTakePart={may.takePart}
              me={account?.id ?? null}
              questions={questions}
              paragraphs={paragraphs}
            />
          ) : (
            <p className="notice" data-testid="join-to-follow">
              {account ? t("groups.page.joinToFollow") : t("groups.page.signInToFollow")}
            </p>
          )}
          {mayFollow && (
            <ContributionsPanel
              groupId={id}
              questions={questions}
              paragraphs={paragraphs}
              currentQuestionId={list?.currentQuestionId ?? null}
              contributions={contributions.data?.contributions ?? []}
              mayContribute={may.takePart}
              onRecorded={contributions.reload}
            />
          )}
        </div>
        <aside className="group-aside" aria-label={t("groups.page.aside")}>
          <LiveIndicator status={live} />
          <QuestionsList group={group} currentQuestionId={list?.currentQuestionId ?? null} />
          <MembersPanel
            groupId={id}
            members={members.data}
            occupancy={seats}
            myRole={myRole}
            signedIn={account !== null}
            me={account?.id ?? null}
            candidates={assignMembers ? (candidates.data?.participants ?? []) : null}
            onChanged={refreshMembers}
          />
        </aside>
      </div>
    </div>
  );
};

/** A discussion group as its members live it: questions, speakers list, members and contributions, all live. */
export const GroupPage = ({ id }: { id: string }) => {
  const { resource } = useGroupSitting(id);
  const { t } = useTranslation();
  usePageTitle(resource.state === "ready" ? null : t("groups.page.title"));
  if (resource.state === "loading") return <Loading />;
  if (resource.state === "error") return <LoadError error={resource.error} />;
  return <GroupScreen detail={resource.data.detail} group={resource.data.group} />;
};
