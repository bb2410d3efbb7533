import { useState } from "react";
import { Button, Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useSession } from "../app/session.js";
import { Field } from "./fields.js";
import { NewPasswordFields } from "./NewPasswordFields.js";
import { passwordProblem, passwordRefusal } from "./passwordRefusal.js";
import { useFormAction } from "./useFormAction.js";

/**
 * Chooses a password for the signed-in account, typed twice; with `askCurrent`, the current one too
 * (the server asks for it once a password is set, unless the session came from a sign-in link).
 */
export const PasswordForm = ({ onSaved, askCurrent = false }: { onSaved: () => void; askCurrent?: boolean }) => {
  const { t } = useTranslation();
  const session = useSession();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const { error, pending, submit } = useFormAction(
    async () => {
      await session.setPassword(password, current === "" ? undefined : current);
      onSaved();
    },
    (cause) => passwordRefusal(cause, t),
    () => passwordProblem(password, confirmation, t),
  );

  return (
    // The form checks its values itself on each press (aria validation): the browser never blocks a press silently.
    <Form onSubmit={(event) => void submit(event)} validationBehavior="aria" className="form">
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {askCurrent && (
        <Field
          label={t("password.current")}
          description={t("password.currentNote")}
          type="password"
          name="current-password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
        />
      )}
      <NewPasswordFields password={password} confirmation={confirmation} onPassword={setPassword} onConfirmation={setConfirmation} />
      <Button type="submit" className="button button-primary" isPending={pending}>
        {t("password.save")}
      </Button>
    </Form>
  );
};
