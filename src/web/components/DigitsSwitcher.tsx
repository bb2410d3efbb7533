import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { chooseDigits, DIGITS, useDigits } from "../i18n/digits.js";
import { useLanguage } from "../i18n/index.js";

/** Chooses Arabic-Indic or Latin digits for the Arabic interface; the other interfaces write Latin digits only, so it shows in Arabic alone. */
export const DigitsSwitcher = () => {
  const { t } = useTranslation();
  const digits = useDigits();
  const language = useLanguage();
  if (language !== "ar") return null;
  return (
    <Select
      className="language-switcher"
      value={digits}
      onChange={(key) => {
        if (key === "arab" || key === "latn") chooseDigits(key);
      }}
    >
      <Label className="language-switcher-label">{t("digits.label")}</Label>
      <Button className="language-switcher-button" data-testid="digits-switcher">
        <SelectValue />
        <span aria-hidden="true" className="language-switcher-chevron">
          ▾
        </span>
      </Button>
      <Popover className="language-switcher-popover" placement="bottom end">
        <ListBox className="language-switcher-list">
          {DIGITS.map((d) => (
            <ListBoxItem key={d} id={d} textValue={t(`digits.${d}`)} className="language-switcher-option">
              {t(`digits.${d}`)}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
};
