import { useState } from "react";
import { ErrorText, Field, SelectField } from "~/components/forms";
import { type FieldErrors, type FormValues, stringAt } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-i18n";
import { ORGANIZATION_KINDS } from "~/vocabulary/organizations";
import { COUNTRIES } from "~/vocabulary/people";
import type { ProfileEditorData } from "./queries.server";

type Props = {
  values: FormValues;
  errors?: FieldErrors;
  organizations: ProfileEditorData["organizations"];
  requests: ProfileEditorData["requests"];
};

/** Pick an organization, or ask for a new one (the request form shows when "not listed" is chosen). */
export function AffiliationSection({ values, errors, organizations, requests }: Props) {
  const t = useT();
  const hydrated = useHydrated();
  const [choice, setChoice] = useState(stringAt(values, "organizationId") ?? "");
  const showRequest = !hydrated || choice === "new";
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.affiliation")}</legend>
      <div className="field">
        <label htmlFor="organizationId">{t("settings.organization")}</label>
        <select
          id="organizationId"
          name="organizationId"
          defaultValue={choice}
          onChange={(e) => setChoice(e.target.value)}
          aria-invalid={errors?.organizationId ? true : undefined}
        >
          <option value="">{t("settings.organizationNone")}</option>
          {COUNTRIES.map((country) => (
            <optgroup key={country} label={t(`country.${country}` as MessageKey)}>
              {organizations
                .filter((o) => o.country === country)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.acronym ? `${o.name} (${o.acronym})` : o.name} — {o.city}
                  </option>
                ))}
            </optgroup>
          ))}
          <option value="new">{t("settings.organizationNew")}</option>
        </select>
        <ErrorText error={errors?.organizationId} />
      </div>
      <Field
        label={t("settings.organizationRole")}
        name="organizationRole"
        maxLength={120}
        errors={errors}
        defaultValue={stringAt(values, "organizationRole")}
      />
      {showRequest ? (
        <fieldset className="nested-fieldset">
          <legend>{t("settings.newOrganization")}</legend>
          <p className="field-hint">{t("settings.newOrganizationHint")}</p>
          <Field
            label={t("settings.newOrganization.name")}
            name="newOrganization.name"
            errors={errors}
            defaultValue={stringAt(values, "newOrganization.name")}
          />
          <div className="field-row">
            <SelectField
              label={t("settings.newOrganization.kind")}
              name="newOrganization.kind"
              errors={errors}
              defaultValue={stringAt(values, "newOrganization.kind") ?? "lab"}
              options={ORGANIZATION_KINDS.map((k) => ({
                value: k,
                label: t(`orgKind.${k}` as MessageKey),
              }))}
            />
            <SelectField
              label={t("auth.country")}
              name="newOrganization.country"
              errors={errors}
              defaultValue={
                stringAt(values, "newOrganization.country") ?? stringAt(values, "country")
              }
              options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
            />
            <Field
              label={t("auth.city")}
              name="newOrganization.city"
              errors={errors}
              defaultValue={stringAt(values, "newOrganization.city")}
            />
          </div>
          <Field
            label={t("settings.newOrganization.website")}
            name="newOrganization.website"
            type="url"
            errors={errors}
            defaultValue={stringAt(values, "newOrganization.website")}
          />
        </fieldset>
      ) : null}
      {requests.length > 0 ? (
        <div>
          <h3>{t("settings.requests")}</h3>
          <ul>
            {requests.map((r) => (
              <li key={r.id}>
                {r.name} — {t(`settings.requestStatus.${r.status}` as MessageKey)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
