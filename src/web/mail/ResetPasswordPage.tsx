import { useState } from "react";
import { Button, Form, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api/client.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Field } from "../components/fields.js";
import { MIN_PASSWORD_LENGTH, passwordRefusal } from "../components/passwordRefusal.js";
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
          <Form onSubmit={(event) => void submit(event)} className="form">
            {error && (
              <div className="notice notice-error" role="alert">
                <p>{error}</p>
              </div>
            )}
            <Field
              label={t("password.new")}
              description={t("password.rule", { count: MIN_PASSWORD_LENGTH })}
              type="password"
              name="new-password"
              autoComplete="new-password"
              isRequired
              minLength={MIN_PASSWORD_LENGTH}
              value={password}
              onChange={setPassword}
            />
            <Field
              label={t("password.confirm")}
              type="password"
              name="confirm-password"
              autoComplete="new-password"
              isRequired
              value={confirmation}
              onChange={setConfirmation}
              validate={(value) => (value.length > 0 && value !== password ? t("password.mismatch") : null)}
            />
            <Button type="submit" className="button button-primary" isPending={pending}>
              {t("resetPassword.submit")}
            </Button>
          </Form>
        )}
      </div>
    </div>
  );
};
