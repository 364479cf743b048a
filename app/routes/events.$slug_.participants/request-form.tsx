import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { FormErrorAlert, SelectField, TextAreaField } from "~/components/forms";
import { MeetingRequestSchema } from "~/utils/event-validation";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { CONVENTION_KINDS } from "~/vocabulary/offers";

/** Where the form sits: a suggested person is also in the participant list, two forms apart. */
export type RequestPlace = "suggestion" | "list";

/** "Request a meeting": folded under the person's card, open again when the server refused. */
export function RequestForm({
  registrationId,
  name,
  place,
  lastResult,
}: {
  registrationId: string;
  name: string;
  place: RequestPlace;
  lastResult?: FormResult | null;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(MeetingRequestSchema, {
    id: `request-${place}-${registrationId}`,
    lastResult,
  });
  return (
    <details className="request-form" open={!!lastResult}>
      <summary>{t("events.request.askTo", { name })}</summary>
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="request" />
        <input type="hidden" name="toRegistrationId" value={registrationId} />
        <input type="hidden" name="place" value={place} />
        <FormErrorAlert form={form} />
        <SelectField
          meta={fields.purpose}
          label={t("events.request.purpose")}
          placeholder=""
          options={CONVENTION_KINDS.map((k) => ({
            value: k,
            label: t(`offer.${k}` as MessageKey),
          }))}
        />
        <TextAreaField
          meta={fields.message}
          label={t("events.request.message")}
          rows={3}
          maxLength={1000}
        />
        <button type="submit">{t("events.request.send")}</button>
      </Form>
    </details>
  );
}
