import { useState } from "react";
import { Button, Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { useSession } from "../app/session.js";
import { Field } from "./fields.js";
import { useFormAction } from "./useFormAction.js";

export const MIN_PASSWORD_LENGTH = 12;

/** Chooses a password for the signed-in account, typed twice. */
export const PasswordForm = ({ onSaved }: { onSaved: () => void }) => {
  const { t } = useTranslation();
  const session = useSession();
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const { error, pending, submit } = useFormAction(
    async () => {
      await session.setPassword(password);
      onSaved();
    },
    (cause) => (cause instanceof ApiError && cause.status === 400 ? t("password.rejected") : t("status.failed")),
  );

  return (
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
        validate={(value) => (value.length > 0 && value.length < MIN_PASSWORD_LENGTH ? t("password.tooShort", { count: MIN_PASSWORD_LENGTH }) : null)}
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
        {t("password.save")}
      </Button>
    </Form>
  );
};
