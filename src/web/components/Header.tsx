import { useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { navigate, paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { setupPaths } from "../setup/paths.js";
import { isSecretariat } from "../setup/SecretariatOnly.js";
import { DigitsSwitcher } from "./DigitsSwitcher.js";
import { LanguageSwitcher } from "./LanguageSwitcher.js";
import { NotificationBell } from "../notifications/NotificationBell.js";

const Emblem = () => (
  <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" className="brand-emblem">
    <rect width="32" height="32" rx="6" fill="currentColor" />
    <path d="M9 24V8h3v16zM14 11h9M14 16h9M14 21h6" stroke="#f5efe0" strokeWidth="2.2" strokeLinecap="round" />
  </svg>
);

/** The banner: product name, language, and who is signed in. */
export const Header = () => {
  const { t } = useTranslation();
  const session = useSession();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    try {
      await session.signOut();
      navigate(paths.home);
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("header.skip")}
      </a>
      <div className="site-header-inner">
        <Link href={paths.home} className="brand">
          <Emblem />
          <span className="brand-name">Rapporteur</span>
          <span className="brand-tagline">{t("header.tagline")}</span>
        </Link>
        <div className="site-header-tools">
          <LanguageSwitcher />
          <DigitsSwitcher />
          {session.status === "ready" &&
            (session.account ? (
              <div className="account">
                {isSecretariat(session.account.roles) && (
                  <Link href={setupPaths.home} className="button button-quiet" data-testid="setup-link">
                    {t("setup.nav")}
                  </Link>
                )}
                {isSecretariat(session.account.roles) && (
                  <Link href={paths.mail} className="button button-quiet" data-testid="mail-link">
                    {t("mail.nav")}
                  </Link>
                )}
                {(isSecretariat(session.account.roles) || session.account.roles.some((r) => r.role === "translator")) && (
                  <Link href={paths.translations()} className="button button-quiet" data-testid="translations-link">
                    {t("translations.nav")}
                  </Link>
                )}
                <NotificationBell accountId={session.account.id} />
                <span className="account-name" data-testid="account-name">
                  <span className="visually-hidden">{t("header.signedInAs")} </span>
                  <bdi>{session.account.name}</bdi>
                </span>
                <Button className="button button-quiet" onPress={() => void signOut()} isDisabled={signingOut}>
                  {t("header.signOut")}
                </Button>
              </div>
            ) : (
              <Link href={paths.signIn()} className="button button-quiet">
                {t("header.signIn")}
              </Link>
            ))}
        </div>
      </div>
    </header>
  );
};
