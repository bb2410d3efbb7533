import { useId, type ReactNode } from "react";

interface Common {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly required?: boolean;
  readonly className?: string;
}

/** Ties a control to its hint and its error through aria-describedby, and marks it invalid. */
const useDescribed = (error: string | undefined, hint: string | undefined) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, describedBy, invalid: error ? true : undefined };
};

const Frame = ({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  required,
  className,
  children,
}: Common & { id: string; hintId: string; errorId: string; children: ReactNode }) => (
  <div className={["setup-field", className].filter(Boolean).join(" ")}>
    <label htmlFor={id} className="field-label">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
    {children}
    {hint && (
      <p id={hintId} className="field-description">
        {hint}
      </p>
    )}
    {error && (
      <p id={errorId} className="field-error">
        {error}
      </p>
    )}
  </div>
);

/** A labelled one-line input whose error is announced with it. */
export const TextInput = ({
  value,
  onChange,
  type = "text",
  dir,
  ...common
}: Common & { value: string; onChange: (value: string) => void; type?: "text" | "date" | "time" | "email"; dir?: "ltr" | "rtl" }) => {
  const d = useDescribed(common.error, common.hint);
  return (
    <Frame {...common} {...d}>
      <input
        id={d.id}
        className="field-input"
        type={type}
        value={value}
        dir={dir}
        required={common.required}
        aria-invalid={d.invalid}
        aria-describedby={d.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </Frame>
  );
};

/** A labelled whole-number input. */
export const NumberInput = ({
  value,
  onChange,
  min = 0,
  ...common
}: Common & { value: number; onChange: (value: number) => void; min?: number }) => {
  const d = useDescribed(common.error, common.hint);
  return (
    <Frame {...common} {...d}>
      <input
        id={d.id}
        className="field-input setup-number"
        type="number"
        inputMode="numeric"
        min={min}
        value={Number.isFinite(value) ? value : ""}
        required={common.required}
        aria-invalid={d.invalid}
        aria-describedby={d.describedBy}
        onChange={(e) => onChange(e.target.value === "" ? Number.NaN : Number(e.target.value))}
      />
    </Frame>
  );
};

/** A labelled drop-down list of fixed choices. */
export const SelectInput = ({
  value,
  onChange,
  options,
  ...common
}: Common & { value: string; onChange: (value: string) => void; options: readonly { id: string; label: string }[] }) => {
  const d = useDescribed(common.error, common.hint);
  return (
    <Frame {...common} {...d}>
      <select
        id={d.id}
        className="field-input setup-select"
        value={value}
        required={common.required}
        aria-invalid={d.invalid}
        aria-describedby={d.describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
};

/** A group of checkboxes under one legend, with its error tied to the group. */
export const CheckboxGroup = ({
  legend,
  value,
  onChange,
  options,
  error,
}: {
  legend: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  options: readonly { id: string; label: string; lang?: string }[];
  error?: string | undefined;
}) => {
  const errorId = useId();
  return (
    <fieldset
      className="setup-checkboxes"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      tabIndex={error ? -1 : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {options.map((o) => (
        <label key={o.id} className="setup-check">
          <input
            type="checkbox"
            checked={value.includes(o.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((v) => v !== o.id))}
          />
          <span lang={o.lang}>{o.label}</span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
};
