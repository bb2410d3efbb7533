import { useId } from "react";
import type { Key } from "react-aria-components";
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from "react-aria-components";
import { directionOf, type Language } from "../../domain/language.js";

interface Option {
  readonly id: string;
  readonly label: string;
  readonly lang?: Language;
}

/** What a labelled drop-down list is given: its label, the chosen value, the options and what to do on a choice. */
interface SelectProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  readonly testId?: string;
  readonly className?: string;
}

/**
 * A labelled drop-down list of the browser's own, in the product's style: for long lists (every paragraph, every
 * author) that would cost a rendered option each on every screen that shows them.
 */
export const NativeSelectField = ({ label, value, options, onChange, testId, className }: SelectProps) => {
  const id = useId();
  return (
    <div className={["select-field", className].filter(Boolean).join(" ")}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select-field-button select-field-native"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id} lang={o.lang} dir={o.lang ? directionOf(o.lang) : undefined}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
};

/** A labelled drop-down list in the product's style. */
export const SelectField = ({
  label,
  value,
  options,
  onChange,
  testId,
  className,
  autoFocus,
}: SelectProps & {
  /** Takes the focus when it appears: the first field of a form opened from the keyboard. */
  readonly autoFocus?: boolean;
}) => (
  <Select
    className={["select-field", className].filter(Boolean).join(" ")}
    value={value}
    autoFocus={autoFocus}
    onChange={(key: Key | null) => {
      if (key !== null) onChange(String(key));
    }}
  >
    <Label className="field-label">{label}</Label>
    <Button className="select-field-button" data-testid={testId}>
      <SelectValue />
      <span aria-hidden="true" className="select-field-chevron">
        ▾
      </span>
    </Button>
    <Popover className="select-field-popover">
      <ListBox className="select-field-list">
        {options.map((o) => (
          <ListBoxItem key={o.id} id={o.id} textValue={o.label} className="select-field-option">
            <span lang={o.lang} dir={o.lang ? directionOf(o.lang) : undefined}>
              {o.label}
            </span>
          </ListBoxItem>
        ))}
      </ListBox>
    </Popover>
  </Select>
);

/** A labelled multi-line text field; its text direction follows the language it is written in. */
export const TextAreaField = ({
  label,
  value,
  onChange,
  language,
  description,
  isRequired,
  rows = 4,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  language?: Language;
  description?: string;
  isRequired?: boolean;
  rows?: number;
  testId?: string;
}) => (
  <TextField className="field" value={value} onChange={onChange} isRequired={isRequired}>
    <Label className="field-label">{label}</Label>
    <TextArea
      className="field-input field-textarea"
      rows={rows}
      lang={language}
      dir={language ? directionOf(language) : undefined}
      data-testid={testId}
    />
    {description && (
      <Text slot="description" className="field-description">
        {description}
      </Text>
    )}
    <FieldError className="field-error" />
  </TextField>
);
