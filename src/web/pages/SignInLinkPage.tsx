import { useEffect, useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { Account } from "../api/types.js";
import { paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { PasswordForm } from "../components/PasswordForm.js";
import { Loading } from "../components/Status.js";
import { PasswordSaved } from "./SetPasswordPage.js";

type LinkState = { step: "redeeming" } | { step: "failed" } | { step: "signedIn"; account: Account } | { step: "saved" };

/** Signs in with a one-time link, then offers to choose a password. */
export const SignInLinkPage = ({ token }: { token: string | null }) => {
  const { t } = useTranslation();
  const { signInWithLink } = useSession();
  usePageTitle(t("signInLink.title"));
  const [state, setState] = useState<LinkState>(token ? { step: "redeeming" } : { step: "failed" });

  useEffect(() => {
    if (!token) return;
    let current = true;
    signInWithLink(token).then(
      (account) => {
        if (!current) return;
        setState(account ? { step: "signedIn", account } : { step: "failed" });
        window.history.replaceState(null, "", "/sign-in/link");
      },
      () => {
        if (current) setState({ step: "failed" });
      },
    );
    return () => {
      current = false;
    };
  }, [token, signInWithLink]);

  return (
    <div className="page page-narrow">
      <div className="panel">
        <h1>{t("signInLink.title")}</h1>
        {state.step === "redeeming" && <Loading />}
        {state.step === "failed" && (
          <div className="notice notice-error" role="alert">
            <p>{t("signInLink.failed")}</p>
            <p>
              <Link href={paths.signIn()}>{t("signInLink.useForm")}</Link>
            </p>
          </div>
        )}
        {state.step === "signedIn" && (
          <>
            <div className="notice notice-success" role="status">
              <p>{t("signInLink.welcome", { name: state.account.name })}</p>
            </div>
            <h2 className="form-heading">{t("password.title")}</h2>
            <p className="lede">{t("signInLink.choosePassword", { email: state.account.email })}</p>
            <PasswordForm onSaved={() => setState({ step: "saved" })} />
            <p className="hint">
              <Link href={paths.home}>{t("signInLink.later")}</Link>
            </p>
          </>
        )}
        {state.step === "saved" && <PasswordSaved />}
      </div>
    </div>
  );
};
