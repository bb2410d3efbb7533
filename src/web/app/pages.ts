import { lazy } from "react";

// Each page is loaded with its own code the first time it is shown, so a page downloads only what it needs.

export const HomePage = lazy(() => import("../pages/HomePage.js").then((m) => ({ default: m.HomePage })));
export const EventPage = lazy(() => import("../pages/EventPage.js").then((m) => ({ default: m.EventPage })));
export const NotFoundPage = lazy(() => import("../pages/NotFoundPage.js").then((m) => ({ default: m.NotFoundPage })));
export const SetPasswordPage = lazy(() => import("../pages/SetPasswordPage.js").then((m) => ({ default: m.SetPasswordPage })));
export const SignInLinkPage = lazy(() => import("../pages/SignInLinkPage.js").then((m) => ({ default: m.SignInLinkPage })));
export const SignInPage = lazy(() => import("../pages/SignInPage.js").then((m) => ({ default: m.SignInPage })));
export const SittingPage = lazy(() => import("../pages/SittingPage.js").then((m) => ({ default: m.SittingPage })));
export const DraftPage = lazy(() => import("../drafts/DraftPage.js").then((m) => ({ default: m.DraftPage })));
export const ImportPage = lazy(() => import("../drafts/ImportPage.js").then((m) => ({ default: m.ImportPage })));
export const GroupPage = lazy(() => import("../groups/GroupPage.js").then((m) => ({ default: m.GroupPage })));
export const PlenaryPage = lazy(() => import("../groups/PlenaryPage.js").then((m) => ({ default: m.PlenaryPage })));
export const ParticipationPage = lazy(() =>
  import("../participation/ParticipationPage.js").then((m) => ({ default: m.ParticipationPage })),
);
export const AttendancePage = lazy(() => import("../attendance/AttendancePage.js").then((m) => ({ default: m.AttendancePage })));
export const ProjectorPage = lazy(() => import("../projector/ProjectorPage.js").then((m) => ({ default: m.ProjectorPage })));
export const HallScreenPage = lazy(() => import("../projector/HallScreenPage.js").then((m) => ({ default: m.HallScreenPage })));
export const ReportPresenterPage = lazy(() =>
  import("../projector/ReportPresenterPage.js").then((m) => ({ default: m.ReportPresenterPage })),
);
export const ProjectorControlPage = lazy(() => import("../projector/ControlPage.js").then((m) => ({ default: m.ControlPage })));
export const AdoptionPage = lazy(() => import("../recommendations/AdoptionPage.js").then((m) => ({ default: m.AdoptionPage })));
export const GroupRecommendationsPage = lazy(() =>
  import("../recommendations/GroupRecommendationsPage.js").then((m) => ({ default: m.GroupRecommendationsPage })),
);
export const RecommendationPage = lazy(() =>
  import("../recommendations/RecommendationPage.js").then((m) => ({ default: m.RecommendationPage })),
);
export const CommitteePage = lazy(() => import("../committee/CommitteePage.js").then((m) => ({ default: m.CommitteePage })));
export const TranslationQueuePage = lazy(() => import("../translations/QueuePage.js").then((m) => ({ default: m.QueuePage })));
export const TranslationPage = lazy(() => import("../translations/TranslationPage.js").then((m) => ({ default: m.TranslationPage })));
export const EventSetupPage = lazy(() => import("../setup/EventSetupPage.js").then((m) => ({ default: m.EventSetupPage })));
export const GroupSetupPage = lazy(() => import("../setup/GroupSetupPage.js").then((m) => ({ default: m.GroupSetupPage })));
export const ParticipantsPage = lazy(() => import("../setup/ParticipantsPage.js").then((m) => ({ default: m.ParticipantsPage })));
export const SetupHome = lazy(() => import("../setup/SetupHome.js").then((m) => ({ default: m.SetupHome })));
export const ForgotPasswordPage = lazy(() => import("../mail/ForgotPasswordPage.js").then((m) => ({ default: m.ForgotPasswordPage })));
export const NotificationsPage = lazy(() =>
  import("../notifications/NotificationsPage.js").then((m) => ({ default: m.NotificationsPage })),
);
export const OutgoingMailPage = lazy(() => import("../mail/OutgoingMailPage.js").then((m) => ({ default: m.OutgoingMailPage })));
export const ResetPasswordPage = lazy(() => import("../mail/ResetPasswordPage.js").then((m) => ({ default: m.ResetPasswordPage })));
