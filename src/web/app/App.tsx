import { Suspense, useEffect, useRef } from "react";
import { RouterProvider } from "react-aria-components";
import { Header } from "../components/Header.js";
import { Footer } from "../components/Footer.js";
import { Loading } from "../components/Status.js";
import * as pages from "./pages.js";
import { navigate, type Route } from "./router.js";
import { useRoute } from "./useRoute.js";
import { SessionProvider } from "./session.js";

const Page = ({ route }: { route: Route }) => {
  switch (route.page) {
    case "home":
      return <pages.HomePage />;
    case "signIn":
      return <pages.SignInPage next={route.next} />;
    case "signInLink":
      return <pages.SignInLinkPage token={route.token} />;
    case "password":
      return <pages.SetPasswordPage />;
    case "forgotPassword":
      return <pages.ForgotPasswordPage />;
    case "resetPassword":
      return <pages.ResetPasswordPage token={route.token} />;
    case "mail":
      return <pages.OutgoingMailPage />;
    case "notifications":
      return <pages.NotificationsPage />;
    case "event":
      return <pages.EventPage id={route.id} />;
    case "sitting":
      return <pages.SittingPage key={route.id} id={route.id} />;
    case "draft":
      return <pages.DraftPage key={route.id} id={route.id} />;
    case "draftImport":
      return <pages.ImportPage key={route.sittingId} sittingId={route.sittingId} />;
    case "group":
      return <pages.GroupPage key={route.id} id={route.id} />;
    case "groupProjector":
      return <pages.ProjectorPage key={route.id} kind="group" id={route.id} lang={route.lang} />;
    case "groupParticipation":
      return <pages.ParticipationPage key={route.id} kind="group" id={route.id} />;
    case "plenary":
      return <pages.PlenaryPage key={route.sittingId} sittingId={route.sittingId} />;
    case "plenaryProjector":
      return <pages.ProjectorPage key={route.sittingId} kind="plenary" id={route.sittingId} lang={route.lang} />;
    case "hallScreen":
      return <pages.HallScreenPage key={route.token} token={route.token} />;
    case "projectorControl":
      return <pages.ProjectorControlPage key={route.sittingId} sittingId={route.sittingId} />;
    case "sittingParticipation":
      return <pages.ParticipationPage key={route.sittingId} kind="sitting" id={route.sittingId} />;
    case "sittingAttendance":
      return <pages.AttendancePage key={route.sittingId} sittingId={route.sittingId} />;
    case "recommendation":
      return <pages.RecommendationPage key={route.id} id={route.id} />;
    case "groupRecommendations":
      return <pages.GroupRecommendationsPage key={route.id} groupId={route.id} />;
    case "reportPresenter":
      return <pages.ReportPresenterPage key={route.id} groupId={route.id} lang={route.lang} />;
    case "adoption":
      return <pages.AdoptionPage key={`${route.bodyId}/${route.draftId}`} bodyId={route.bodyId} draftId={route.draftId} />;
    case "committee":
      return <pages.CommitteePage key={route.id} id={route.id} />;
    case "translations":
      return <pages.TranslationQueuePage key={`${route.lang}-${route.status}`} lang={route.lang} status={route.status} />;
    case "translation":
      return <pages.TranslationPage key={route.id} id={route.id} />;
    case "setup":
      return <pages.SetupHome />;
    case "setupEvent":
      return <pages.EventSetupPage key={route.id} id={route.id} />;
    case "setupParticipants":
      return <pages.ParticipantsPage key={route.id} eventId={route.id} />;
    case "setupGroup":
      return <pages.GroupSetupPage key={route.groupId} eventId={route.id} groupId={route.groupId} />;
    case "notFound":
      return <pages.NotFoundPage />;
  }
};

const routeKey = (route: Route): string => JSON.stringify(route);

export const App = () => {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const key = routeKey(route);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [key]);

  // The hall's screen, and a group report's presenter view, show nothing but themselves: no banner, no footer.
  if (
    route.page === "groupProjector" ||
    route.page === "plenaryProjector" ||
    route.page === "hallScreen" ||
    route.page === "reportPresenter"
  )
    return (
      <RouterProvider navigate={(href) => navigate(href)}>
        <SessionProvider>
          <main id="main" className="projector-main">
            <Suspense fallback={<Loading />}>
              <Page route={route} />
            </Suspense>
          </main>
        </SessionProvider>
      </RouterProvider>
    );

  return (
    <RouterProvider navigate={(href) => navigate(href)}>
      <SessionProvider>
        <Header />
        <main id="main" ref={main} tabIndex={-1} className="site-main">
          <Suspense fallback={<Loading />}>
            <Page route={route} />
          </Suspense>
        </main>
        <Footer />
      </SessionProvider>
    </RouterProvider>
  );
};
