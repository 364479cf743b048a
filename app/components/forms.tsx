import {
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
  useId,
} from "react";
import type { FieldErrors, FormError } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";

export function ErrorText({ id, error }: { id?: string; error: FormError | undefined }) {
  const t = useT();
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {t(error.key, error.params)}
    </p>
  );
}

/** A form-level message (role=alert so screen readers announce it after a submit). */
export function FormAlert({
  children,
  tone = "error",
}: {
  children: ReactNode;
  tone?: "error" | "success";
}) {
  if (!children) return null;
  return (
    <div
      className={tone === "error" ? "form-alert" : "form-success"}
      role={tone === "error" ? "alert" : "status"}
    >
      {children}
    </div>
  );
}

type FieldProps = {
  label: string;
  name: string;
  errors?: FieldErrors;
  hint?: string;
  defaultValue?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">;

/** A labelled input with its error beneath, linked for assistive technology. */
export function Field({ label, name, errors, hint, defaultValue, ...input }: FieldProps) {
  const id = useId();
  const error = errors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

type TextAreaProps = {
  label: string;
  name: string;
  errors?: FieldErrors;
  defaultValue?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue">;

export function TextAreaField({ label, name, errors, defaultValue, ...rest }: TextAreaProps) {
  const id = useId();
  const error = errors?.[name];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...rest}
      />
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

type SelectProps = {
  label: string;
  name: string;
  errors?: FieldErrors;
  defaultValue?: string;
  options: { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({
  label,
  name,
  errors,
  defaultValue,
  options,
  placeholder,
}: SelectProps) {
  const id = useId();
  const error = errors?.[name];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={`${id}-error`} error={error} />
    </div>
  );
}
