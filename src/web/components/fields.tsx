import { FieldError, Input, Label, Text, TextField, type TextFieldProps } from "react-aria-components";

interface FieldProps extends Omit<TextFieldProps, "children"> {
  readonly label: string;
  readonly description?: string;
}

/** A labelled text input with its hint and its error, in the product's style. */
export const Field = ({ label, description, ...props }: FieldProps) => (
  <TextField {...props} className="field">
    <Label className="field-label">{label}</Label>
    <Input className="field-input" />
    {description && (
      <Text slot="description" className="field-description">
        {description}
      </Text>
    )}
    <FieldError className="field-error" />
  </TextField>
);
