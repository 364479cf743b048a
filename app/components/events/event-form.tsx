import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { CheckboxGroup } from "~/components/checkbox-group";
import { Field, FormErrorAlert, SelectField, TextAreaField } from "~/components/forms";
import { EVENT_LANGUAGES, EventSchema } from "~/utils/event-validation";
import type { FormResult } from "~/utils/forms";
import { useSchemaForm } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import { EVENT_KINDS, EVENT_TIME_ZONES } from "~/vocabulary/events";

type Option = { value: string; label: string };
export type EventFormOptions = { sectors: Option[]; organizations: Option[] };

/** The event's fields, for creating (/events/new) and editing (/events/:slug/edit). */
export function EventForm({
  options,
  lastResult,
  defaultValue,
  submitLabel,
}: {
  options: EventFormOptions;
  lastResult?: FormResult | null;
  defaultValue?: Record<string, unknown>;
  submitLabel: string;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(EventSchema, {
    id: "event-form",
    lastResult,
    defaultValue: defaultValue ?? {
      kind: "master_class",
      timeZone: "Africa/Casablanca",
      languages: ["fr"],
      requestExpiryHours: "72",
      openRequestCap: "10",
    },
  });
  return (
    <Form method="post" className="stacked-form event-form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <FormErrorAlert form={form} />
      <div className="field-row">
        <SelectField
          meta={fields.kind}
          label={t("events.form.kind")}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
        />
        <SelectField
          meta={fields.timeZone}
          label={t("events.form.timeZone")}
          options={EVENT_TIME_ZONES.map((z) => ({ value: z, label: t(`events.zone.${z}`) }))}
        />
      </div>
      <Field meta={fields.titleFr} label={t("events.form.titleFr")} maxLength={200} />
      <Field
        meta={fields.titleEn}
        label={t("events.form.titleEn")}
        maxLength={200}
        lang="en"
        dir="ltr"
      />
      <Field
        meta={fields.titleAr}
        label={t("events.form.titleAr")}
        maxLength={200}
        lang="ar"
        dir="rtl"
      />
      <TextAreaField
        meta={fields.descriptionFr}
        label={t("events.form.descriptionFr")}
        rows={5}
        maxLength={5000}
      />
      <TextAreaField
        meta={fields.descriptionEn}
        label={t("events.form.descriptionEn")}
        rows={3}
        maxLength={5000}
        lang="en"
        dir="ltr"
      />
      <TextAreaField
        meta={fields.descriptionAr}
        label={t("events.form.descriptionAr")}
        rows={3}
        maxLength={5000}
        lang="ar"
        dir="rtl"
      />
      <div className="field-row">
        <Field meta={fields.startsOn} label={t("events.form.startsOn")} type="date" />
        <Field meta={fields.endsOn} label={t("events.form.endsOn")} type="date" />
      </div>
      <div className="field-row">
        <Field meta={fields.city} label={t("events.form.city")} maxLength={100} />
        <Field meta={fields.venue} label={t("events.form.venue")} maxLength={200} />
      </div>
      <SelectField
        meta={fields.hostOrganizationId}
        label={t("events.form.host")}
        placeholder={t("events.form.none")}
        options={options.organizations}
      />
      <CheckboxGroup
        meta={fields.languages}
        legend={t("events.languages")}
        options={EVENT_LANGUAGES.map((l) => ({ value: l, label: t(`events.lang.${l}`) }))}
      />
      <CheckboxGroup meta={fields.sectors} legend={t("events.sectors")} options={options.sectors} />
      <div className="field-row">
        <Field
          meta={fields.capacity}
          label={t("events.form.capacity")}
          type="number"
          min={1}
          max={10000}
        />
        <Field
          meta={fields.requestExpiryHours}
          label={t("events.form.requestExpiryHours")}
          type="number"
          min={1}
          max={720}
        />
        <Field
          meta={fields.openRequestCap}
          label={t("events.form.openRequestCap")}
          type="number"
          min={1}
          max={100}
        />
      </div>
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
