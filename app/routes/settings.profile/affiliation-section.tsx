import { getSelectProps } from "@conform-to/react";
import { useState } from "react";
import { ErrorText, Field, SelectField } from "~/components/forms";
import type { MessageKey } from "~/utils/i18n";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-i18n";
import { ORGANIZATION_KINDS } from "~/vocabulary/organizations";
import { COUNTRIES } from "~/vocabulary/people";
import type { ProfileFields } from "./profile-form";
import type { ProfileEditorData } from "./queries.server";

type Props = {
  fields: ProfileFields;
  organizations: ProfileEditorData["organizations"];
  requests: ProfileEditorData["requests"];
};

/** Pick an organization, or ask for a new one (the request form shows when "not listed" is chosen). */
export function AffiliationSection({ fields, organizations, requests }: Props) {
  const t = useT();
  const hydrated = useHydrated();
  const organization = fields.organizationId;
  const [choice, setChoice] = useState(organization.initialValue ?? "");
  const showRequest = !hydrated || choice === "new";
  const newOrganization = fields.newOrganization.getFieldset();
  const { key, ...select } = getSelectProps(organization);
  return (
    <fieldset className="editor-section">
      <legend>{t("settings.section.affiliation")}</legend>
      <div className="field">
        <label htmlFor={organization.id}>{t("settings.organization")}</label>
        <select
          key={key}
          {...select}
          defaultValue={select.defaultValue ?? ""}
          onChange={(e) => setChoice(e.target.value)}
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
        <ErrorText id={organization.errorId} errors={organization.errors} />
      </div>
      <Field
        meta={fields.organizationRole}
        label={t("settings.organizationRole")}
        maxLength={120}
      />
      {showRequest ? (
        <fieldset className="nested-fieldset">
          <legend>{t("settings.newOrganization")}</legend>
          <p className="field-hint">{t("settings.newOrganizationHint")}</p>
          <Field meta={newOrganization.name!} label={t("settings.newOrganization.name")} />
          <div className="field-row">
            <SelectField
              meta={newOrganization.kind!}
              label={t("settings.newOrganization.kind")}
              options={ORGANIZATION_KINDS.map((k) => ({
                value: k,
                label: t(`orgKind.${k}` as MessageKey),
              }))}
            />
            <SelectField
              meta={newOrganization.country!}
              label={t("auth.country")}
              options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
            />
            <Field meta={newOrganization.city!} label={t("auth.city")} />
          </div>
          <Field
            meta={newOrganization.website!}
            label={t("settings.newOrganization.website")}
            type="url"
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
