import { useTranslation } from "react-i18next";
import { Field } from "./fields.js";
import { MIN_PASSWORD_LENGTH } from "./passwordRefusal.js";

/** A new password typed twice, each field saying what is wrong with it as it is typed. */
export const NewPasswordFields = ({
  password,
  confirmation,
  onPassword,
  onConfirmation,
}: {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t("password.new")}
        description={t("password.rule", { count: MIN_PASSWORD_LENGTH })}
        type="password"
        name="new-password"
        autoComplete="new-password"
        isRequired
        minLength={MIN_PASSWORD_LENGTH}
        value={password}
        onChange={onPassword}
        validate={(value) =>
          value.length > 0 && value.length < MIN_PASSWORD_LENGTH ? t("password.tooShort", { count: MIN_PASSWORD_LENGTH }) : null
        }
      />
      <Field
        label={t("password.confirm")}
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        isRequired
        value={confirmation}
        onChange={onConfirmation}
        validate={(value) => (value.length > 0 && value !== password ? t("password.mismatch") : null)}
      />
    </>
  );
};
