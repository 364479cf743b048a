import { Field, SelectField, TextAreaField } from "~/components/forms";
import { type FieldErrors, type FormValues, stringAt } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { COUNTRIES } from "~/vocabulary/people";

type Props = { values: FormValues; errors?: FieldErrors };

export function IdentitySection({ values, errors }: Props) {
  const t = useT();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.identity")}</legend>
      <Field
        label={t("settings.headline")}
        name="headline"
        hint={t("settings.headlineHint")}
        maxLength={160}
        errors={errors}
        defaultValue={stringAt(values, "headline")}
      />
      <TextAreaField
        label={t("settings.bio")}
        name="bio"
        rows={6}
        maxLength={4000}
        dir="auto"
        errors={errors}
        defaultValue={stringAt(values, "bio")}
      />
      <div className="field-row">
        <SelectField
          label={t("auth.country")}
          name="country"
          errors={errors}
          defaultValue={stringAt(values, "country")}
          options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
        />
        <Field
          label={t("auth.city")}
          name="city"
          required
          errors={errors}
          defaultValue={stringAt(values, "city")}
        />
      </div>
    </fieldset>
  );
}

export function ContactSection({ values, errors }: Props) {
  const t = useT();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.contact")}</legend>
      <p className="field-hint">{t("settings.contactHint")}</p>
      <div className="field-row">
        <Field
          label={t("settings.contactEmail")}
          name="contactEmail"
          type="email"
          autoComplete="email"
          errors={errors}
          defaultValue={stringAt(values, "contactEmail")}
        />
        <Field
          label={t("settings.phone")}
          name="phone"
          type="tel"
          autoComplete="tel"
          errors={errors}
          defaultValue={stringAt(values, "phone")}
        />
      </div>
    </fieldset>
  );
}
