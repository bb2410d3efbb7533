import { useState } from "react";
import { Button, Form, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api/client.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { NewPasswordFields } from "../components/NewPasswordFields.js";
import { passwordProblem, passwordRefusal } from "../components/passwordRefusal.js";
import { useFormAction } from "../components/useFormAction.js";

/** The page of a reset link: a new password typed twice; once saved, the person is signed in. */
export const ResetPasswordPage = ({ token }: { token: string | null }) => {
  const { t } = useTranslation();
  usePageTitle(t("resetPassword.title"));
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [expired, setExpired] = useState(token === null);
  const { error, pending, submit } = useFormAction(
    async () => {
      try {
        await api.session.resetPassword({ body: { token: token ?? "", password } });
      } catch (cause) {
        if (cause instanceof ApiError && cause.status === 401) setExpired(true);
        throw cause;
      }
      // A full load picks up the new session everywhere, and drops the secret from the address bar.
      window.location.assign(paths.home);
    },
    (cause) => passwordRefusal(cause, t),
    () => passwordProblem(password, confirmation, t),
  );

  return (
    <div className="page page-narrow">
      <div className="panel">
        <h1>{t("resetPassword.title")}</h1>
        {expired ? (
          <div className="notice notice-error" role="alert">
            <p>{t("resetPassword.invalid")}</p>
            <p>
              <Link href={paths.forgotPassword}>{t("resetPassword.askAgain")}</Link>
            </p>
          </div>
        ) : (
          // The form checks its values itself on each press (aria validation): the browser never blocks a press silently.
          <Form onSubmit={(event) => void submit(event)} validationBehavior="aria" className="form">
            {error && (
              <div className="notice notice-error" role="alert">
                <p>{error}</p>
              </div>
            )}
            <NewPasswordFields password={password} confirmation={confirmation} onPassword={setPassword} onConfirmation={setConfirmation} />
            <Button type="submit" className="button button-primary" isPending={pending}>
              {t("resetPassword.submit")}
            </Button>
          </Form>
        )}
      </div>
    </div>
  );
};
