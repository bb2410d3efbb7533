import type { ReactNode } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { Loading } from "../components/Status.js";

/** True for an account with the secretariat role over everything. */
export const isSecretariat = (roles: readonly { readonly role: string; readonly scope: string | null }[]): boolean =>
  roles.some((r) => r.role === "secretariat" && r.scope === null);

/** Shows the set-up only to the secretariat; others are told why, and may sign in. The server checks again. */
export const SecretariatOnly = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === "loading") return <Loading />;
  if (!session.account)
    return (
      <div className="page notice notice-error" role="alert">
        <p>{t("setup.signInFirst")}</p>
        <Link className="button button-primary" href={paths.signIn(window.location.pathname)}>
          {t("header.signIn")}
        </Link>
      </div>
    );
  if (!isSecretariat(session.account.roles))
    return (
      <div className="page notice notice-error" role="alert">
        <p>{t("setup.secretariatOnly")}</p>
      </div>
    );
  return <>{children}</>;
};
