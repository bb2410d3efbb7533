import { useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { PasswordForm } from "../components/PasswordForm.js";
import { Loading } from "../components/Status.js";

export const PasswordSaved = () => {
  const { t } = useTranslation();
  return (
    <div className="notice notice-success" role="status">
      <p>{t("password.saved")}</p>
      <p>
        <Link href={paths.home}>{t("password.continue")}</Link>
      </p>
    </div>
  );
};

/** Sets or changes the signed-in account's password. */
export const SetPasswordPage = () => {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t("password.title"));
  const [saved, setSaved] = useState(false);

  if (session.status === "loading") return <Loading />;
  return (
    <div className="page page-narrow">
      <div className="panel">
        <h1>{t("password.title")}</h1>
        {!session.account ? (
          <p>
            <Link href={paths.signIn(paths.password)}>{t("password.signInFirst")}</Link>
          </p>
        ) : saved ? (
          <PasswordSaved />
        ) : (
          <>
            <p className="lede">{t("password.lede", { email: session.account.email })}</p>
            <PasswordForm askCurrent onSaved={() => setSaved(true)} />
          </>
        )}
      </div>
    </div>
  );
};
