import { useState } from "react";
import { Button, Form, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { navigate, paths } from "../app/router.js";
import { useSession } from "../app/session.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { Field } from "../components/fields.js";
import { useFormAction } from "../components/useFormAction.js";

const safeNext = (next: string | null): string => (next && next.startsWith("/") && !next.startsWith("//") ? next : paths.home);

const messageKey = (cause: unknown): string => {
  if (cause instanceof ApiError) {
    if (cause.status === 401) return "signIn.invalid";
    if (cause.status === 429) return "signIn.rateLimited";
    if (cause.status === 0) return "status.offline";
  }
  return "status.failed";
};

/** Sign in with email and password. */
export const SignInPage = ({ next }: { next: string | null }) => {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t("signIn.title"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { error, pending, submit } = useFormAction(async () => {
    await session.signIn(email.trim(), password);
    navigate(safeNext(next), { replace: true });
  }, messageKey);

  return (
    <div className="page page-narrow">
      <div className="panel">
        <h1>{t("signIn.title")}</h1>
        <p className="lede">{t("signIn.lede")}</p>
        {error && (
          <div className="notice notice-error" role="alert">
            <p>{t(error)}</p>
          </div>
        )}
        <Form onSubmit={(event) => void submit(event)} className="form">
          <Field label={t("signIn.email")} type="email" name="email" autoComplete="username" isRequired value={email} onChange={setEmail} />
          <Field
            label={t("signIn.password")}
            type="password"
            name="password"
            autoComplete="current-password"
            isRequired
            value={password}
            onChange={setPassword}
          />
          <Button type="submit" className="button button-primary" isPending={pending}>
            {pending ? t("signIn.pending") : t("signIn.submit")}
          </Button>
        </Form>
        <p className="hint">
          <Link href={paths.forgotPassword}>{t("signIn.forgot")}</Link>
        </p>
        <p className="hint">{t("signIn.linkHint")}</p>
      </div>
    </div>
  );
};
