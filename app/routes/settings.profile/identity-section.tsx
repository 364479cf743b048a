import { Field, SelectField, TextAreaField } from "~/components/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { COUNTRIES } from "~/vocabulary/people";
import type { ProfileFields } from "./profile-form";

type Props = { fields: ProfileFields };

export function IdentitySection({ fields }: Props) {
  const t = useT();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.identity")}</legend>
      <Field
        meta={fields.headline}
        label={t("settings.headline")}
        hint={t("settings.headlineHint")}
        maxLength={160}
      />
      <TextAreaField
        meta={fields.bio}
        label={t("settings.bio")}
        rows={6}
        maxLength={4000}
        dir="auto"
      />
      <div className="field-row">
        <SelectField
          meta={fields.country}
          label={t("auth.country")}
          options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
        />
        <Field meta={fields.city} label={t("auth.city")} required />
      </div>
    </fieldset>
  );
}

export function ContactSection({ fields }: Props) {
  const t = useT();
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.contact")}</legend>
      <p className="field-hint">{t("settings.contactHint")}</p>
      <div className="field-row">
        <Field
          meta={fields.contactEmail}
          label={t("settings.contactEmail")}
          type="email"
          autoComplete="email"
        />
        <Field meta={fields.phone} label={t("settings.phone")} type="tel" autoComplete="tel" />
      </div>
    </fieldset>
  );
}
