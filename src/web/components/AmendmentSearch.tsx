import { useEffect, useRef } from "react";
import { Button, Input, Label, SearchField, Text } from "react-aria-components";
import { useTranslation } from "react-i18next";

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** How many amendments the search leaves, announced politely as the reader types. */
  readonly matches: number;
  /**
   * When the list shows only the rows on screen, the browser's find-in-page cannot see the others: Ctrl+F (⌘F) then
   * comes here first, and a second press, from the box, opens the browser's own search.
   */
  readonly captureFind: boolean;
  readonly testId?: string;
}

/** A search box over a long list of amendments: by number, author, paragraph label or words of the text. */
export const AmendmentSearch = ({ value, onChange, matches, captureFind, testId }: Props) => {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!captureFind) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "f" || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (document.activeElement === input.current) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [captureFind]);
  const searching = value.trim() !== "";
  return (
    <div className="amendment-search" role="search">
      <SearchField className="field amendment-search-field" value={value} onChange={onChange} data-testid={testId}>
        <Label className="field-label">{t("amendmentSearch.label")}</Label>
        <div className="amendment-search-box">
          <Input ref={input} className="field-input amendment-search-input" />
          {searching && (
            <Button className="button button-quiet button-small" aria-label={t("amendmentSearch.clear")}>
              ✕
            </Button>
          )}
        </div>
        <Text slot="description" className="field-description">
          {t("amendmentSearch.hint")}
        </Text>
      </SearchField>
      <p className="amendment-search-count" role="status" aria-live="polite" data-testid={testId ? `${testId}-count` : undefined}>
        {searching ? t("amendmentSearch.results", { count: matches }) : ""}
      </p>
    </div>
  );
};
