import type { Route } from "./router.js";

// Where each page's code is: loaded the first time the page is shown, or, for the address the app opens on,
// at once beside the page's first reads and the interface's words (see `startPageCode`).

const home = () => import("../pages/HomePage.js");
const projector = () => import("../projector/ProjectorPage.js");
const participation = () => import("../participation/ParticipationPage.js");

export const pageCode = {
  home,
  signIn: () => import("../pages/SignInPage.js"),
  signInLink: () => import("../pages/SignInLinkPage.js"),
  password: () => import("../pages/SetPasswordPage.js"),
  forgotPassword: () => import("../mail/ForgotPasswordPage.js"),
  resetPassword: () => import("../mail/ResetPasswordPage.js"),
  mail: () => import("../mail/OutgoingMailPage.js"),
  notifications: () => import("../notifications/NotificationsPage.js"),
  event: () => import("../pages/EventPage.js"),
  sitting: () => import("../pages/SittingPage.js"),
  draft: () => import("../drafts/DraftPage.js"),
  draftImport: () => import("../drafts/ImportPage.js"),
  group: () => import("../groups/GroupPage.js"),
  groupProjector: projector,
  groupParticipation: participation,
  plenary: () => import("../groups/PlenaryPage.js"),
  plenaryProjector: projector,
  hallScreen: () => import("../projector/HallScreenPage.js"),
  projectorControl: () => import("../projector/ControlPage.js"),
  sittingParticipation: participation,
  sittingAttendance: () => import("../attendance/AttendancePage.js"),
  recommendation: () => import("../recommendations/RecommendationPage.js"),
  groupRecommendations: () => import("../recommendations/GroupRecommendationsPage.js"),
  reportPresenter: () => import("../projector/ReportPresenterPage.js"),
  adoption: () => import("../recommendations/AdoptionPage.js"),
  committee: () => import("../committee/CommitteePage.js"),
  translations: () => import("../translations/QueuePage.js"),
  translation: () => import("../translations/TranslationPage.js"),
  setup: () => import("../setup/SetupHome.js"),
  setupEvent: () => import("../setup/EventSetupPage.js"),
  setupParticipants: () => import("../setup/ParticipantsPage.js"),
  setupGroup: () => import("../setup/GroupSetupPage.js"),
  notFound: () => import("../pages/NotFoundPage.js"),
} satisfies Record<Route["page"], () => Promise<unknown>>;

/**
 * Starts loading the code of the page the app opens on, so that it arrives with the page's data and words
 * instead of after them; its `lazy` page then finds the module already loaded.
 */
export const startPageCode = (route: Route): void => {
  // A failed load is for the page's own loader to report when it is shown.
  pageCode[route.page]().catch(() => undefined);
};
