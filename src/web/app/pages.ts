import { lazy } from "react";
import { pageCode } from "./page-code.js";

// Each page is loaded with its own code the first time it is shown, so a page downloads only what it needs.

export const HomePage = lazy(() => pageCode.home().then((m) => ({ default: m.HomePage })));
export const EventPage = lazy(() => pageCode.event().then((m) => ({ default: m.EventPage })));
export const NotFoundPage = lazy(() => pageCode.notFound().then((m) => ({ default: m.NotFoundPage })));
export const SetPasswordPage = lazy(() => pageCode.password().then((m) => ({ default: m.SetPasswordPage })));
export const SignInLinkPage = lazy(() => pageCode.signInLink().then((m) => ({ default: m.SignInLinkPage })));
export const SignInPage = lazy(() => pageCode.signIn().then((m) => ({ default: m.SignInPage })));
export const SittingPage = lazy(() => pageCode.sitting().then((m) => ({ default: m.SittingPage })));
export const DraftPage = lazy(() => pageCode.draft().then((m) => ({ default: m.DraftPage })));
export const ImportPage = lazy(() => pageCode.draftImport().then((m) => ({ default: m.ImportPage })));
export const GroupPage = lazy(() => pageCode.group().then((m) => ({ default: m.GroupPage })));
export const PlenaryPage = lazy(() => pageCode.plenary().then((m) => ({ default: m.PlenaryPage })));
export const ParticipationPage = lazy(() => pageCode.sittingParticipation().then((m) => ({ default: m.ParticipationPage })));
export const AttendancePage = lazy(() => pageCode.sittingAttendance().then((m) => ({ default: m.AttendancePage })));
export const ProjectorPage = lazy(() => pageCode.plenaryProjector().then((m) => ({ default: m.ProjectorPage })));
export const HallScreenPage = lazy(() => pageCode.hallScreen().then((m) => ({ default: m.HallScreenPage })));
export const ReportPresenterPage = lazy(() => pageCode.reportPresenter().then((m) => ({ default: m.ReportPresenterPage })));
export const ProjectorControlPage = lazy(() => pageCode.projectorControl().then((m) => ({ default: m.ControlPage })));
export const AdoptionPage = lazy(() => pageCode.adoption().then((m) => ({ default: m.AdoptionPage })));
export const GroupRecommendationsPage = lazy(() => pageCode.groupRecommendations().then((m) => ({ default: m.GroupRecommendationsPage })));
export const RecommendationPage = lazy(() => pageCode.recommendation().then((m) => ({ default: m.RecommendationPage })));
export const CommitteePage = lazy(() => pageCode.committee().then((m) => ({ default: m.CommitteePage })));
export const TranslationQueuePage = lazy(() => pageCode.translations().then((m) => ({ default: m.QueuePage })));
export const TranslationPage = lazy(() => pageCode.translation().then((m) => ({ default: m.TranslationPage })));
export const EventSetupPage = lazy(() => pageCode.setupEvent().then((m) => ({ default: m.EventSetupPage })));
export const GroupSetupPage = lazy(() => pageCode.setupGroup().then((m) => ({ default: m.GroupSetupPage })));
export const ParticipantsPage = lazy(() => pageCode.setupParticipants().then((m) => ({ default: m.ParticipantsPage })));
export const SetupHome = lazy(() => pageCode.setup().then((m) => ({ default: m.SetupHome })));
export const ForgotPasswordPage = lazy(() => pageCode.forgotPassword().then((m) => ({ default: m.ForgotPasswordPage })));
export const NotificationsPage = lazy(() => pageCode.notifications().then((m) => ({ default: m.NotificationsPage })));
export const OutgoingMailPage = lazy(() => pageCode.mail().then((m) => ({ default: m.OutgoingMailPage })));
export const ResetPasswordPage = lazy(() => pageCode.resetPassword().then((m) => ({ default: m.ResetPasswordPage })));
