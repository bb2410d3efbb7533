import { useEffect, useRef } from "react";
import { RouterProvider } from "react-aria-components";
import { Header } from "../components/Header.js";
import { Footer } from "../components/Footer.js";
import { EventPage } from "../pages/EventPage.js";
import { HomePage } from "../pages/HomePage.js";
import { NotFoundPage } from "../pages/NotFoundPage.js";
import { SetPasswordPage } from "../pages/SetPasswordPage.js";
import { SignInLinkPage } from "../pages/SignInLinkPage.js";
import { SignInPage } from "../pages/SignInPage.js";
import { SittingPage } from "../pages/SittingPage.js";
import { DraftPage } from "../drafts/DraftPage.js";
import { ImportPage } from "../drafts/ImportPage.js";
import { GroupPage } from "../groups/GroupPage.js";
import { PlenaryPage } from "../groups/PlenaryPage.js";
import { ParticipationPage } from "../participation/ParticipationPage.js";
import { ProjectorPage } from "../projector/ProjectorPage.js";
import { AdoptionPage } from "../recommendations/AdoptionPage.js";
import { GroupRecommendationsPage } from "../recommendations/GroupRecommendationsPage.js";
import { RecommendationPage } from "../recommendations/RecommendationPage.js";
import { CommitteePage } from "../committee/CommitteePage.js";
import { EventSetupPage } from "../setup/EventSetupPage.js";
import { GroupSetupPage } from "../setup/GroupSetupPage.js";
import { ParticipantsPage } from "../setup/ParticipantsPage.js";
import { SetupHome } from "../setup/SetupHome.js";
import { ForgotPasswordPage } from "../mail/ForgotPasswordPage.js";
import { OutgoingMailPage } from "../mail/OutgoingMailPage.js";
import { ResetPasswordPage } from "../mail/ResetPasswordPage.js";
import { navigate, useRoute, type Route } from "./router.js";
import { SessionProvider } from "./session.js";

const Page = ({ route }: { route: Route }) => {
  switch (route.page) {
    case "home":
      return <HomePage />;
    case "signIn":
      return <SignInPage next={route.next} />;
    case "signInLink":
      return <SignInLinkPage token={route.token} />;
    case "password":
      return <SetPasswordPage />;
    case "forgotPassword":
      return <ForgotPasswordPage />;
    case "resetPassword":
      return <ResetPasswordPage token={route.token} />;
    case "mail":
      return <OutgoingMailPage />;
    case "event":
      return <EventPage id={route.id} />;
    case "sitting":
      return <SittingPage key={route.id} id={route.id} />;
    case "draft":
      return <DraftPage key={route.id} id={route.id} />;
    case "draftImport":
      return <ImportPage key={route.sittingId} sittingId={route.sittingId} />;
    case "group":
      return <GroupPage key={route.id} id={route.id} />;
    case "groupProjector":
      return <ProjectorPage key={route.id} kind="group" id={route.id} lang={route.lang} />;
    case "groupParticipation":
      return <ParticipationPage key={route.id} kind="group" id={route.id} />;
    case "plenary":
      return <PlenaryPage key={route.sittingId} sittingId={route.sittingId} />;
    case "plenaryProjector":
      return <ProjectorPage key={route.sittingId} kind="plenary" id={route.sittingId} lang={route.lang} />;
    case "sittingParticipation":
      return <ParticipationPage key={route.sittingId} kind="sitting" id={route.sittingId} />;
    case "recommendation":
      return <RecommendationPage key={route.id} id={route.id} />;
    case "groupRecommendations":
      return <GroupRecommendationsPage key={route.id} groupId={route.id} />;
    case "adoption":
      return <AdoptionPage key={`${route.bodyId}/${route.draftId}`} bodyId={route.bodyId} draftId={route.draftId} />;
    case "committee":
      return <CommitteePage key={route.id} id={route.id} />;
    case "setup":
      return <SetupHome />;
    case "setupEvent":
      return <EventSetupPage key={route.id} id={route.id} />;
    case "setupParticipants":
      return <ParticipantsPage key={route.id} eventId={route.id} />;
    case "setupGroup":
      return <GroupSetupPage key={route.groupId} eventId={route.id} groupId={route.groupId} />;
    case "notFound":
      return <NotFoundPage />;
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

  // The hall's screen shows nothing but itself: no banner, no footer.
  if (route.page === "groupProjector" || route.page === "plenaryProjector")
    return (
      <RouterProvider navigate={(href) => navigate(href)}>
        <SessionProvider>
          <main id="main" className="projector-main">
            <Page route={route} />
          </main>
        </SessionProvider>
      </RouterProvider>
    );

  return (
    <RouterProvider navigate={(href) => navigate(href)}>
      <SessionProvider>
        <Header />
        <main id="main" ref={main} tabIndex={-1} className="site-main">
          <Page route={route} />
        </main>
        <Footer />
      </SessionProvider>
    </RouterProvider>
  );
};
