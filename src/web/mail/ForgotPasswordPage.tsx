import { useState } from "react";
import { Button, Form, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api/client.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Field } from "../components/fields.js";
import { useFormAction } from "../components/useFormAction.js";
import { useLanguage } from "../i18n/index.js";

const failure = (cause: unknown): string =>
  cause instanceof ApiError && cause.status === 429 ? "signIn.rateLimited" : cause instanceof ApiError && cause.status === 0 ? "status.offline" : "status.failed";

/** "Forgot password?": asks for an address and always gives the same answer, known or not. */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t("forgotPassword.title"));
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { error, pending, submit } = useFormAction(async () => {
    await api.session.forgotPassword({ body: { email: email.trim(), language } });
    setSentTo(email.trim());
  }, failure);

  return (
    <div className="page page-narrow">
      <div className="panel">
        <h1>{t("forgotPassword.title")}</h1>
        {sentTo !== null ? (
          <div className="notice notice-success" role="status">
            <p>{t("forgotPassword.sent", { email: sentTo })}</p>
            <p>
              <Link href={paths.signIn()}>{t("forgotPassword.back")}</Link>
            </p>
          </div>
        ) : (
          <>
            <p className="lede">{t("forgotPassword.lede")}</p>
            {error && (
              <div className="notice notice-error" role="alert">
                <p>{t(error)}</p>
              </div>
            )}
            <Form onSubmit={(event) => void submit(event)} className="form">
              <Field label={t("signIn.email")} type="email" name="email" autoComplete="username" isRequired value={email} onChange={setEmail} />
              <Button type="submit" className="button button-primary" isPending={pending}>
                {t("forgotPassword.submit")}
              </Button>
            </Form>
            <p className="hint">
              <Link href={paths.signIn()}>{t("forgotPassword.back")}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
};
