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
    case "event":
      return <EventPage id={route.id} />;
    case "sitting":
      return <SittingPage key={route.id} id={route.id} />;
    case "draft":
      return <DraftPage key={route.id} id={route.id} />;
    case "draftImport":
      return <ImportPage key={route.sittingId} sittingId={route.sittingId} />;
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
