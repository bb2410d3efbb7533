import type { z } from "zod";
import {
  amendmentListQuery,
  amendmentListSchema,
  amendmentSchema,
  authorChoicesSchema,
  consolidationQuery,
  consolidationSchema,
  draftParams,
  proposeBody,
  transitionBody,
} from "./amendments.js";
import {
  committeeDecisionBody,
  committeeDecisionSchema,
  compilationSchema,
  compromiseBody,
  compromiseSchema,
  reopenDecisionBody,
  reopenDecisionSchema,
  resolutionAdoptionBody,
  resolutionAdoptionSchema,
  revisionSchema,
  versionsSchema,
} from "./committee.js";
import { groupParams, idParams, langQuery, noContent, versionBody } from "./common.js";
import { designationListSchema, designationSchema, designationTransitionBody, groupQuery, recommendBody } from "./designations.js";
import { exportQuery, fileResponse, progressQuery, progressSchema } from "./documents.js";
import { previewBody, previewSchema, saveBody, savedSchema, sittingParams } from "./draft-import.js";
import { draftIdParams, draftSchema, paragraphSchema, translationBody, translationParams } from "./draft-view.js";
import {
  contributionBody,
  contributionListSchema,
  contributionQuery,
  contributionSchema,
  historySchema,
  joinBody,
  memberParams,
  membersSchema,
  moveSchema,
  occupancySchema,
  projectorSchema,
  publicationSchema,
} from "./groups.js";
import { healthSchema } from "./health.js";
import {
  delegationListSchema,
  eventParams,
  importBody,
  importQuery,
  importReportSchema,
  invitationSchema,
  participantListSchema,
  activationBody,
  createParticipantBody,
  csvText,
  editParticipantBody,
  invitationsBody,
  participantParams,
  participantSchema,
} from "./participants.js";
import { csvSchema, groupParticipationSchema, sittingParticipationSchema } from "./participation.js";
import { contributionOutcomeSchema, paragraphParams, paragraphProvenanceSchema, recommendationOutcomeSchema } from "./provenance.js";
import {
  adoptionBody,
  adoptionParams,
  adoptionPlanSchema,
  adoptionSchema,
  amendmentParams,
  bodyParams,
  commentBody,
  commentSchema,
  groupAmendmentBody,
  recommendationListSchema,
  recommendationSchema,
  recommendationTransitionBody,
  startBody,
  textsBody,
} from "./recommendations.js";
import { linkBody, passwordBody, sessionSchema, signInBody } from "./session.js";
import {
  createProjectorBody,
  editProjectorBody,
  hallScreenSchema,
  issuedProjectorSchema,
  previewBody as slidePreviewBody,
  projectorListSchema,
  projectorRecordSchema,
  projectorStepBody,
  projectorTokenParams,
  slidePreviewSchema,
} from "./projector.js";
import { mailListQuery, mailListSchema, mailRequestAnswer, mailRequestBody, passwordResetBody, sendMailBody } from "./mail.js";
import {
  createAgendaItemBody,
  createBodyBody,
  createDocumentBody,
  createEventBody,
  createGroupBody,
  createSittingBody,
  documentSchema,
  editAgendaItemBody,
  editBodyBody,
  editDocumentBody,
  editEventBody,
  editGroupBody,
  editSittingBody,
  eventSchema,
  groupSchema,
  questionBody,
  reorderBody,
  revisionListSchema,
  revisionParams,
  setupTreeSchema,
  sittingSchema,
} from "./setup.js";
import { eventDetailSchema, sittingDetailSchema, sittingListSchema } from "./sittings.js";
import { candidatesSchema, commandBody, listSchema, turnsSchema } from "./speakers.js";
import {
  adoptionSubmissionBody,
  deadlineBody,
  deadlineOrNoneSchema,
  deadlineSchema,
  submissionBody,
  submittedListSchema,
  submittedSchema,
} from "./submissions.js";
import { tasksSchema } from "./tasks.js";
import { amendmentCosponsorsSchema, answerBody, cosponsorshipParams, invitationListSchema, inviteBody } from "./cosponsors.js";
import { amendmentExportQuery, exportParams, tableExportQuery } from "./exports.js";
import { ballotBody, openBody, voteListSchema, voteSchema, voteTransitionBody } from "./votes.js";
import {
  attendanceChangeSchema,
  bodyRuleParams,
  checkInBody,
  checkOutBody,
  groupAttendanceSchema,
  heldProxiesSchema,
  proxyBallotBody,
  proxyBody,
  proxySchema,
  proxyWithdrawalBody,
  quorumRuleAnswer,
  quorumRuleBody,
  scanBody,
  sittingAttendanceSchema,
} from "./attendance.js";
import * as groups from "./groups.js";
import * as setup from "./setup.js";
import * as sittings from "./sittings.js";

/** One route of the API: its method, its path (`{name}` for a path parameter) and the schemas of its inputs and answer. */
export interface ApiRoute {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly url: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
}

/**
 * Every route of the API by feature and action. The server registers its routes with these schemas (a test
 * holds them to it), the OpenAPI document is written from them, and the web app's client is typed from them.
 */
export const routes = {
  committee: {
    compilation: { method: "GET", url: "/api/v1/drafts/{id}/compilation", params: idParams, response: compilationSchema },
    decide: {
      method: "POST",
      url: "/api/v1/amendments/{id}/committee-decision",
      params: idParams,
      body: committeeDecisionBody,
      response: committeeDecisionSchema,
    },
    reopen: {
      method: "POST",
      url: "/api/v1/amendments/{id}/committee-decision/reopening",
      params: idParams,
      body: reopenDecisionBody,
      response: reopenDecisionSchema,
    },
    compromise: {
      method: "POST",
      url: "/api/v1/drafts/{id}/compromises",
      params: idParams,
      body: compromiseBody,
      response: compromiseSchema,
    },
    revise: { method: "POST", url: "/api/v1/drafts/{id}/revision", params: idParams, body: versionBody, response: revisionSchema },
    adopt: {
      method: "POST",
      url: "/api/v1/drafts/{id}/adoption",
      params: idParams,
      body: resolutionAdoptionBody,
      response: resolutionAdoptionSchema,
    },
    versions: { method: "GET", url: "/api/v1/drafts/{id}/versions", params: idParams, response: versionsSchema },
  },
  cosponsors: {
    list: {
      method: "GET",
      url: "/api/v1/amendments/{id}/cosponsors",
      params: cosponsorshipParams,
      response: amendmentCosponsorsSchema,
    },
    invite: {
      method: "POST",
      url: "/api/v1/amendments/{id}/cosponsors",
      params: cosponsorshipParams,
      body: inviteBody,
      response: amendmentCosponsorsSchema,
    },
    answer: {
      method: "POST",
      url: "/api/v1/cosponsorships/{id}/steps",
      params: cosponsorshipParams,
      body: answerBody,
      response: amendmentCosponsorsSchema,
    },
    mine: { method: "GET", url: "/api/v1/me/cosponsor-invitations", response: invitationListSchema },
  },
  exports: {
    amendments: {
      method: "GET",
      url: "/api/v1/drafts/{id}/amendments/export",
      params: exportParams,
      query: amendmentExportQuery,
      response: fileResponse,
    },
    participants: {
      method: "GET",
      url: "/api/v1/setup/events/{id}/participants/export",
      params: exportParams,
      query: tableExportQuery,
      response: fileResponse,
    },
    votes: {
      method: "GET",
      url: "/api/v1/sittings/{id}/votes/export",
      params: exportParams,
      query: tableExportQuery,
      response: fileResponse,
    },
    attendance: {
      method: "GET",
      url: "/api/v1/sittings/{id}/attendance/export",
      params: exportParams,
      query: tableExportQuery,
      response: fileResponse,
    },
  },
  designations: {
    list: { method: "GET", url: "/api/v1/designations", query: groupQuery, response: designationListSchema },
    recommend: { method: "POST", url: "/api/v1/designations", body: recommendBody, response: designationSchema },
    transition: {
      method: "POST",
      url: "/api/v1/designations/{id}/transitions",
      params: idParams,
      body: designationTransitionBody,
      response: designationSchema,
    },
  },
  documents: {
    export: { method: "GET", url: "/api/v1/documents/export", query: exportQuery, response: fileResponse },
    progress: { method: "GET", url: "/api/v1/documents/export/progress", query: progressQuery, response: progressSchema },
  },
  draftImport: {
    preview: { method: "POST", url: "/api/v1/drafts/import-preview", body: previewBody, response: previewSchema },
    save: { method: "POST", url: "/api/v1/sittings/{id}/drafts", params: sittingParams, body: saveBody, response: savedSchema },
  },
  drafts: {
    get: { method: "GET", url: "/api/v1/drafts/{id}", params: draftIdParams, response: draftSchema },
    translate: {
      method: "PUT",
      url: "/api/v1/drafts/{id}/paragraphs/{paragraphId}/translations/{lang}",
      params: translationParams,
      body: translationBody,
      response: paragraphSchema,
    },
  },
  amendments: {
    list: {
      method: "GET",
      url: "/api/v1/drafts/{id}/amendments",
      params: draftParams,
      query: amendmentListQuery,
      response: amendmentListSchema,
    },
    propose: { method: "POST", url: "/api/v1/drafts/{id}/amendments", params: draftParams, body: proposeBody, response: amendmentSchema },
    authorChoices: { method: "GET", url: "/api/v1/drafts/{id}/author-choices", params: draftParams, response: authorChoicesSchema },
    transition: {
      method: "POST",
      url: "/api/v1/amendments/{id}/transitions",
      params: draftParams,
      body: transitionBody,
      response: amendmentSchema,
    },
    consolidation: {
      method: "GET",
      url: "/api/v1/drafts/{id}/consolidation",
      params: draftParams,
      query: consolidationQuery,
      response: consolidationSchema,
    },
  },
  projector: {
    groupGet: { method: "GET", url: "/api/v1/groups/{id}/projector", params: idParams, query: langQuery, response: projectorSchema },
    plenaryGet: {
      method: "GET",
      url: "/api/v1/sittings/{id}/plenary/projector",
      params: idParams,
      query: langQuery,
      response: projectorSchema,
    },
    groupPublish: {
      method: "PUT",
      url: "/api/v1/groups/{id}/projector/publication",
      params: idParams,
      body: groups.publicationBody,
      response: publicationSchema,
    },
    plenaryPublish: {
      method: "PUT",
      url: "/api/v1/sittings/{id}/plenary/projector/publication",
      params: idParams,
      body: groups.publicationBody,
      response: publicationSchema,
    },
  },
  groups: {
    occupancy: { method: "GET", url: "/api/v1/sittings/{id}/groups/occupancy", params: idParams, response: occupancySchema },
    members: { method: "GET", url: "/api/v1/groups/{id}/members", params: idParams, response: membersSchema },
    join: { method: "POST", url: "/api/v1/groups/{id}/members", params: idParams, body: joinBody, response: moveSchema },
    leave: { method: "DELETE", url: "/api/v1/groups/{id}/members/{accountId}", params: memberParams, response: moveSchema },
    history: { method: "GET", url: "/api/v1/groups/{id}/members/history", params: idParams, response: historySchema },
    contributions: {
      method: "GET",
      url: "/api/v1/groups/{id}/contributions",
      params: idParams,
      query: contributionQuery,
      response: contributionListSchema,
    },
    contribute: {
      method: "POST",
      url: "/api/v1/groups/{id}/contributions",
      params: idParams,
      body: contributionBody,
      response: contributionSchema,
    },
  },
  health: {
    get: { method: "GET", url: "/api/health", response: healthSchema },
  },
  participants: {
    import: {
      method: "POST",
      url: "/api/v1/setup/events/{id}/participants/import",
      params: eventParams,
      query: importQuery,
      body: importBody,
      response: importReportSchema,
    },
    list: { method: "GET", url: "/api/v1/setup/events/{id}/participants", params: eventParams, response: participantListSchema },
    delegations: { method: "GET", url: "/api/v1/setup/events/{id}/delegations", params: eventParams, response: delegationListSchema },
    invite: {
      method: "POST",
      url: "/api/v1/setup/participants/{id}/invitation",
      params: eventParams,
      body: sendMailBody,
      response: invitationSchema,
    },
    create: {
      method: "POST",
      url: "/api/v1/setup/events/{id}/participants",
      params: eventParams,
      body: createParticipantBody,
      response: participantSchema,
    },
    edit: {
      method: "PUT",
      url: "/api/v1/setup/participants/{id}",
      params: participantParams,
      body: editParticipantBody,
      response: participantSchema,
    },
    activate: {
      method: "PUT",
      url: "/api/v1/setup/participants/{id}/active",
      params: participantParams,
      body: activationBody,
      response: participantSchema,
    },
    invitationsCsv: {
      method: "POST",
      url: "/api/v1/setup/events/{id}/invitations.csv",
      params: eventParams,
      body: invitationsBody,
      response: csvText,
    },
    accessSlips: {
      method: "POST",
      url: "/api/v1/setup/events/{id}/access-slips.pdf",
      params: eventParams,
      body: invitationsBody,
      response: fileResponse,
    },
    template: { method: "GET", url: "/api/v1/setup/participants/template.csv", response: csvText },
  },
  participation: {
    group: { method: "GET", url: "/api/v1/groups/{id}/participation", params: idParams, response: groupParticipationSchema },
    groupCsv: { method: "GET", url: "/api/v1/groups/{id}/participation.csv", params: idParams, response: csvSchema },
    sitting: { method: "GET", url: "/api/v1/sittings/{id}/participation", params: idParams, response: sittingParticipationSchema },
    sittingCsv: { method: "GET", url: "/api/v1/sittings/{id}/participation.csv", params: idParams, response: csvSchema },
  },
  provenance: {
    paragraph: {
      method: "GET",
      url: "/api/v1/drafts/{id}/paragraphs/{paragraphId}/provenance",
      params: paragraphParams,
      response: paragraphProvenanceSchema,
    },
    recommendation: { method: "GET", url: "/api/v1/recommendations/{id}/outcome", params: idParams, response: recommendationOutcomeSchema },
    contribution: { method: "GET", url: "/api/v1/contributions/{id}/outcome", params: idParams, response: contributionOutcomeSchema },
  },
  adoptions: {
    plan: {
      method: "GET",
      url: "/api/v1/bodies/{bodyId}/drafts/{draftId}/adoption-plan",
      params: adoptionParams,
      response: adoptionPlanSchema,
    },
    adopt: { method: "POST", url: "/api/v1/bodies/{bodyId}/adoptions", params: bodyParams, body: adoptionBody, response: adoptionSchema },
    get: { method: "GET", url: "/api/v1/adoptions/{id}", params: idParams, response: adoptionSchema },
  },
  recommendations: {
    list: { method: "GET", url: "/api/v1/groups/{groupId}/recommendations", params: groupParams, response: recommendationListSchema },
    start: {
      method: "POST",
      url: "/api/v1/groups/{groupId}/recommendations",
      params: groupParams,
      body: startBody,
      response: recommendationSchema,
    },
    get: { method: "GET", url: "/api/v1/recommendations/{id}", params: idParams, response: recommendationSchema },
    editTexts: {
      method: "PUT",
      url: "/api/v1/recommendations/{id}/texts",
      params: idParams,
      body: textsBody,
      response: recommendationSchema,
    },
    addAmendment: {
      method: "POST",
      url: "/api/v1/recommendations/{id}/amendments",
      params: idParams,
      body: groupAmendmentBody,
      response: recommendationSchema,
    },
    reviseAmendment: {
      method: "PUT",
      url: "/api/v1/recommendations/{id}/amendments/{amendmentId}",
      params: amendmentParams,
      body: groupAmendmentBody,
      response: recommendationSchema,
    },
    removeAmendment: {
      method: "POST",
      url: "/api/v1/recommendations/{id}/amendments/{amendmentId}/removal",
      params: amendmentParams,
      body: versionBody,
      response: recommendationSchema,
    },
    comment: { method: "POST", url: "/api/v1/recommendations/{id}/comments", params: idParams, body: commentBody, response: commentSchema },
    transition: {
      method: "POST",
      url: "/api/v1/recommendations/{id}/transitions",
      params: idParams,
      body: recommendationTransitionBody,
      response: recommendationSchema,
    },
  },
  session: {
    get: { method: "GET", url: "/api/v1/session", response: sessionSchema },
    signIn: { method: "POST", url: "/api/v1/session", body: signInBody, response: sessionSchema },
    signInWithLink: { method: "POST", url: "/api/v1/session/link", body: linkBody, response: sessionSchema },
    signOut: { method: "DELETE", url: "/api/v1/session", response: noContent },
    setPassword: { method: "PUT", url: "/api/v1/account/password", body: passwordBody, response: noContent },
    forgotPassword: { method: "POST", url: "/api/v1/session/password-reset", body: mailRequestBody, response: mailRequestAnswer },
    resetPassword: { method: "POST", url: "/api/v1/session/password-reset/confirm", body: passwordResetBody, response: sessionSchema },
    mailLink: { method: "POST", url: "/api/v1/session/link/request", body: mailRequestBody, response: mailRequestAnswer },
  },
  mail: {
    list: { method: "GET", url: "/api/v1/mail", query: mailListQuery, response: mailListSchema },
  },
  setup: {
    createDocument: {
      method: "POST",
      url: "/api/v1/setup/sittings/{id}/documents",
      params: idParams,
      body: createDocumentBody,
      response: documentSchema,
    },
    editDocument: {
      method: "PATCH",
      url: "/api/v1/setup/documents/{id}",
      params: idParams,
      body: editDocumentBody,
      response: documentSchema,
    },
    publishDocument: {
      method: "PUT",
      url: "/api/v1/setup/documents/{id}/published",
      params: idParams,
      body: setup.publicationBody,
      response: documentSchema,
    },
    createGroup: {
      method: "POST",
      url: "/api/v1/setup/sittings/{id}/groups",
      params: idParams,
      body: createGroupBody,
      response: groupSchema,
    },
    editGroup: { method: "PATCH", url: "/api/v1/setup/groups/{id}", params: idParams, body: editGroupBody, response: groupSchema },
    addQuestion: {
      method: "POST",
      url: "/api/v1/setup/groups/{id}/guiding-questions",
      params: idParams,
      body: questionBody,
      response: groupSchema,
    },
    editQuestion: {
      method: "PATCH",
      url: "/api/v1/setup/guiding-questions/{id}",
      params: idParams,
      body: questionBody,
      response: groupSchema,
    },
    orderQuestions: {
      method: "PUT",
      url: "/api/v1/setup/groups/{id}/guiding-questions/order",
      params: idParams,
      body: reorderBody,
      response: groupSchema,
    },
    events: { method: "GET", url: "/api/v1/setup/events", response: setup.eventListSchema },
    createEvent: { method: "POST", url: "/api/v1/setup/events", body: createEventBody, response: eventSchema },
    tree: { method: "GET", url: "/api/v1/setup/events/{id}", params: idParams, response: setupTreeSchema },
    editEvent: { method: "PATCH", url: "/api/v1/setup/events/{id}", params: idParams, body: editEventBody, response: eventSchema },
    publishEvent: {
      method: "PUT",
      url: "/api/v1/setup/events/{id}/published",
      params: idParams,
      body: setup.publicationBody,
      response: eventSchema,
    },
    createBody: { method: "POST", url: "/api/v1/setup/events/{id}/bodies", params: idParams, body: createBodyBody, response: eventSchema },
    editBody: { method: "PATCH", url: "/api/v1/setup/bodies/{id}", params: idParams, body: editBodyBody, response: eventSchema },
    createSitting: {
      method: "POST",
      url: "/api/v1/setup/events/{id}/sittings",
      params: idParams,
      body: createSittingBody,
      response: sittingSchema,
    },
    editSitting: { method: "PATCH", url: "/api/v1/setup/sittings/{id}", params: idParams, body: editSittingBody, response: sittingSchema },
    publishSitting: {
      method: "PUT",
      url: "/api/v1/setup/sittings/{id}/published",
      params: idParams,
      body: setup.publicationBody,
      response: sittingSchema,
    },
    createAgendaItem: {
      method: "POST",
      url: "/api/v1/setup/sittings/{id}/agenda-items",
      params: idParams,
      body: createAgendaItemBody,
      response: sittingSchema,
    },
    editAgendaItem: {
      method: "PATCH",
      url: "/api/v1/setup/agenda-items/{id}",
      params: idParams,
      body: editAgendaItemBody,
      response: sittingSchema,
    },
    revisions: { method: "GET", url: "/api/v1/revisions/{kind}/{id}", params: revisionParams, response: revisionListSchema },
  },
  sittings: {
    events: { method: "GET", url: "/api/v1/events", query: langQuery, response: sittings.eventListSchema },
    event: { method: "GET", url: "/api/v1/events/{id}", params: idParams, query: langQuery, response: eventDetailSchema },
    list: { method: "GET", url: "/api/v1/sittings", query: langQuery, response: sittingListSchema },
    get: { method: "GET", url: "/api/v1/sittings/{id}", params: idParams, query: langQuery, response: sittingDetailSchema },
    draftTexts: {
      method: "GET",
      url: "/api/v1/sittings/{id}/draft-texts",
      params: idParams,
      query: langQuery,
      response: sittings.draftTextsSchema,
    },
  },
  speakers: {
    groupList: { method: "GET", url: "/api/v1/groups/{id}/speakers", params: idParams, response: listSchema },
    plenaryList: { method: "GET", url: "/api/v1/sittings/{id}/plenary/speakers", params: idParams, response: listSchema },
    groupCommand: {
      method: "POST",
      url: "/api/v1/groups/{id}/speakers/commands",
      params: idParams,
      body: commandBody,
      response: listSchema,
    },
    plenaryCommand: {
      method: "POST",
      url: "/api/v1/sittings/{id}/plenary/speakers/commands",
      params: idParams,
      body: commandBody,
      response: listSchema,
    },
    groupTurns: { method: "GET", url: "/api/v1/groups/{id}/speakers/turns", params: idParams, response: turnsSchema },
    plenaryTurns: { method: "GET", url: "/api/v1/sittings/{id}/plenary/speakers/turns", params: idParams, response: turnsSchema },
    groupCandidates: { method: "GET", url: "/api/v1/groups/{id}/speakers/candidates", params: idParams, response: candidatesSchema },
    plenaryCandidates: {
      method: "GET",
      url: "/api/v1/sittings/{id}/plenary/speakers/candidates",
      params: idParams,
      response: candidatesSchema,
    },
  },
  submissions: {
    deadline: { method: "GET", url: "/api/v1/drafts/{id}/deadline", params: idParams, response: deadlineOrNoneSchema },
    setDeadline: { method: "PUT", url: "/api/v1/drafts/{id}/deadline", params: idParams, body: deadlineBody, response: deadlineSchema },
    submitAmendment: {
      method: "POST",
      url: "/api/v1/amendments/{id}/submission",
      params: idParams,
      body: submissionBody,
      response: submittedSchema,
    },
    submitAdoption: {
      method: "POST",
      url: "/api/v1/adoptions/{id}/submission",
      params: idParams,
      body: adoptionSubmissionBody,
      response: submittedListSchema,
    },
  },
  projectors: {
    list: { method: "GET", url: "/api/v1/sittings/{id}/projectors", params: idParams, response: projectorListSchema },
    create: {
      method: "POST",
      url: "/api/v1/sittings/{id}/projectors",
      params: idParams,
      body: createProjectorBody,
      response: issuedProjectorSchema,
    },
    edit: { method: "PUT", url: "/api/v1/projectors/{id}", params: idParams, body: editProjectorBody, response: projectorRecordSchema },
    reissue: { method: "POST", url: "/api/v1/projectors/{id}/address", params: idParams, response: issuedProjectorSchema },
    step: {
      method: "POST",
      url: "/api/v1/projectors/{id}/steps",
      params: idParams,
      body: projectorStepBody,
      response: projectorRecordSchema,
    },
    preview: {
      method: "POST",
      url: "/api/v1/projectors/{id}/preview",
      params: idParams,
      body: slidePreviewBody,
      response: slidePreviewSchema,
    },
    hall: { method: "GET", url: "/api/v1/screens/{token}", params: projectorTokenParams, response: hallScreenSchema },
  },
  tasks: {
    mine: { method: "GET", url: "/api/v1/me/tasks", response: tasksSchema },
  },
  attendance: {
    sitting: { method: "GET", url: "/api/v1/sittings/{id}/attendance", params: idParams, response: sittingAttendanceSchema },
    group: { method: "GET", url: "/api/v1/groups/{id}/attendance", params: idParams, response: groupAttendanceSchema },
    checkIn: {
      method: "POST",
      url: "/api/v1/sittings/{id}/attendance/check-ins",
      params: idParams,
      body: checkInBody,
      response: attendanceChangeSchema,
    },
    scan: {
      method: "POST",
      url: "/api/v1/sittings/{id}/attendance/scans",
      params: idParams,
      body: scanBody,
      response: attendanceChangeSchema,
    },
    checkOut: {
      method: "POST",
      url: "/api/v1/sittings/{id}/attendance/check-outs",
      params: idParams,
      body: checkOutBody,
      response: attendanceChangeSchema,
    },
    joinRemotely: { method: "POST", url: "/api/v1/sittings/{id}/attendance/remote", params: idParams, response: attendanceChangeSchema },
    giveProxy: { method: "POST", url: "/api/v1/sittings/{id}/proxies", params: idParams, body: proxyBody, response: proxySchema },
    withdrawProxy: {
      method: "POST",
      url: "/api/v1/sittings/{id}/proxies/withdrawals",
      params: idParams,
      body: proxyWithdrawalBody,
      response: proxySchema,
    },
    setQuorumRule: {
      method: "PUT",
      url: "/api/v1/bodies/{bodyId}/quorum-rule",
      params: bodyRuleParams,
      body: quorumRuleBody,
      response: quorumRuleAnswer,
    },
    heldProxies: { method: "GET", url: "/api/v1/votes/{id}/proxies", params: idParams, response: heldProxiesSchema },
    castProxyBallot: {
      method: "POST",
      url: "/api/v1/votes/{id}/proxy-ballots",
      params: idParams,
      body: proxyBallotBody,
      response: heldProxiesSchema,
    },
  },
  votes: {
    list: { method: "GET", url: "/api/v1/groups/{groupId}/votes", params: groupParams, response: voteListSchema },
    open: { method: "POST", url: "/api/v1/groups/{groupId}/votes", params: groupParams, body: openBody, response: voteSchema },
    get: { method: "GET", url: "/api/v1/votes/{id}", params: idParams, response: voteSchema },
    cast: { method: "POST", url: "/api/v1/votes/{id}/ballots", params: idParams, body: ballotBody, response: voteSchema },
    transition: { method: "POST", url: "/api/v1/votes/{id}/transitions", params: idParams, body: voteTransitionBody, response: voteSchema },
  },
} as const satisfies Record<string, Record<string, ApiRoute>>;

export type Routes = typeof routes;
export type Feature = keyof Routes;
