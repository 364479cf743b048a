import {
  type FieldMetadata,
  type FormMetadata,
  getInputProps,
  getSelectProps,
  getTextareaProps,
} from "@conform-to/react";
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { FormErrors } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";

/** A field of any Conform form of ours (its errors are FormErrors). */
// biome-ignore lint/suspicious/noExplicitAny: the field's own type does not matter to the widgets
export type FieldMeta = FieldMetadata<any, any, FormErrors>;
// biome-ignore lint/suspicious/noExplicitAny: any form's shape
export type FormMeta = FormMetadata<any, FormErrors>;

export function ErrorText({ id, errors }: { id?: string; errors: FormErrors | undefined }) {
  const t = useT();
  const error = errors?.[0];
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

/** After a failed submit: the form's own error (a refusal), or "correct the fields marked". */
export function FormErrorAlert({ form }: { form: FormMeta }) {
  const t = useT();
  const own = form.errors?.[0];
  if (own) return <FormAlert>{t(own.key, own.params)}</FormAlert>;
  return form.status === "error" ? <FormAlert>{t("form.fixErrors")}</FormAlert> : null;
}

type InputType = Parameters<typeof getInputProps>[1]["type"];

/** A labelled input with its hint and error beneath, linked for assistive technology. */
export function Field({
  meta,
  label,
  hint,
  type = "text",
  className,
  ...input
}: {
  meta: FieldMeta;
  label: string;
  hint?: string;
  type?: Exclude<InputType, "checkbox" | "radio">;
  /** Added to the wrapper's "field" class. */
  className?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "type" | "form">) {
  const { key, ...props } = getInputProps(meta, {
    type,
    ariaDescribedBy: hint ? meta.descriptionId : undefined,
  });
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={meta.id}>{label}</label>
      <input key={key} {...props} {...input} />
      {hint ? (
        <p id={meta.descriptionId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <ErrorText id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextAreaField({
  meta,
  label,
  ...rest
}: { meta: FieldMeta; label: string } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "name" | "defaultValue" | "form"
>) {
  const { key, ...props } = getTextareaProps(meta);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <textarea key={key} {...props} {...rest} />
      <ErrorText id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function SelectField({
  meta,
  label,
  options,
  placeholder,
}: {
  meta: FieldMeta;
  label: string;
  options: { value: string; label: string }[];
  placeholder?: string;
}) {
  const { key, ...props } = getSelectProps(meta);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select key={key} {...props} defaultValue={props.defaultValue ?? ""}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText id={meta.errorId} errors={meta.errors} />
    </div>
  );
}
