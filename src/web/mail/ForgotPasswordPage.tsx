import { useRef, useState } from "react";
import { Button, Form, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api/client.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Field } from "../components/fields.js";
import { useFormAction } from "../components/useFormAction.js";
import { useLanguage } from "../i18n/index.js";

const failure = (cause: unknown): string =>
  cause instanceof ApiError && cause.status === 429
    ? "signIn.rateLimited"
    : cause instanceof ApiError && cause.status === 0
      ? "status.offline"
      : "status.failed";

/** "Forgot password?": asks for an address and always gives the same answer, known or not. */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t("forgotPassword.title"));
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<{ email: string; kind: "reset" | "link" } | null>(null);
  const kind = useRef<"reset" | "link">("reset");
  const form = useRef<HTMLFormElement>(null);
  const { error, pending, submit } = useFormAction(async () => {
    const body = { email: email.trim(), language };
    if (kind.current === "link") await api.session.mailLink({ body });
    else await api.session.forgotPassword({ body });
    setSent({ email: body.email, kind: kind.current });
  }, failure);
  const ask = (which: "reset" | "link") => {
    kind.current = which;
    form.current?.requestSubmit();
  };

  return (
    <div className="page page-narrow">
      <div className="panel">
        <h1>{t("forgotPassword.title")}</h1>
        {sent !== null ? (
          <div className="notice notice-success" role="status">
            <p>{t(sent.kind === "link" ? "forgotPassword.linkSent" : "forgotPassword.sent", { email: sent.email })}</p>
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
            <Form ref={form} onSubmit={(event) => void submit(event)} className="form">
              <Field
                label={t("signIn.email")}
                type="email"
                name="email"
                autoComplete="username"
                isRequired
                value={email}
                onChange={setEmail}
              />
              <Button type="button" className="button button-primary" isPending={pending} onPress={() => ask("reset")}>
                {t("forgotPassword.submit")}
              </Button>
              <Button type="button" className="button button-quiet" isDisabled={pending} onPress={() => ask("link")}>
                {t("forgotPassword.linkInstead")}
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
