import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, SelectField, TextAreaField } from "~/components/forms";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import type { PairingStatus } from "~/vocabulary/pairings";
import { PairingActionSchema } from "./action-schema";

/** For coordinators: the statuses the pipeline allows next, with a note, a reason, a due date. */
export function TransitionForm({
  allowed,
  lastResult,
}: {
  allowed: PairingStatus[];
  lastResult: FormResult | null;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(PairingActionSchema, {
    id: "move",
    lastResult,
    defaultValue: { intent: "move", to: allowed[0] },
  });
  return (
    <section aria-labelledby="pairing-move">
      <h2 id="pairing-move">{t("pairings.detail.move")}</h2>
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="move" />
        <SelectField
          meta={fields.to}
          label={t("pairings.detail.moveTo")}
          options={allowed.map((s) => ({ value: s, label: t(`pairings.status.${s}`) }))}
        />
        <TextAreaField
          meta={fields.note}
          label={t("pairings.detail.moveNote")}
          rows={2}
          maxLength={2000}
        />
        <Field meta={fields.reason} label={t("pairings.detail.reason")} maxLength={500} />
        <Field meta={fields.dueAt} label={t("pairings.detail.nextDue")} type="date" />
        <button type="submit">{t("pairings.detail.moveSubmit")}</button>
      </Form>
    </section>
  );
}
