import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { directionOf, isLanguage, LANGUAGES } from "../../domain/language.js";
import { chooseLanguage, ENDONYMS, useLanguage } from "../i18n/index.js";

/** Chooses the interface and document language; each language is named in itself. */
export const LanguageSwitcher = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Select
      className="language-switcher"
      value={language}
      onChange={(key) => {
        if (isLanguage(key)) void chooseLanguage(key);
      }}
    >
      <Label className="language-switcher-label">{t("header.language")}</Label>
      <Button className="language-switcher-button" data-testid="language-switcher">
        <span aria-hidden="true" className="language-switcher-icon">
          <svg viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5">
            <circle cx="10" cy="10" r="8" />
            <path d="M2 10h16M10 2c2.5 2.5 2.5 13.5 0 16M10 2c-2.5 2.5-2.5 13.5 0 16" />
          </svg>
        </span>
        <SelectValue />
        <span aria-hidden="true" className="language-switcher-chevron">
          ▾
        </span>
      </Button>
      <Popover className="language-switcher-popover" placement="bottom end">
        <ListBox className="language-switcher-list">
          {LANGUAGES.map((code) => (
            <ListBoxItem key={code} id={code} textValue={ENDONYMS[code]} className="language-switcher-option">
              <span lang={code} dir={directionOf(code)}>
                {ENDONYMS[code]}
              </span>
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
};
