import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { TextAreaField } from "~/components/forms";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import { VerificationActionSchema } from "./decision-schema";

/**
 * Rejecting a profile takes two steps: "Refuser…" opens this form, which asks the reason sent to
 * the person and a confirmation. It stays open with its error when the reason is missing.
 */
export function RejectProfileForm({
  personId,
  lastResult,
}: {
  personId: string;
  lastResult: FormResult | null;
}) {
  const t = useT();
  const [form, fields] = useSchemaForm(VerificationActionSchema, {
    id: `reject-${personId}`,
    lastResult,
  });
  return (
    <details className="reject-profile" open={lastResult?.status === "error" || undefined}>
      <summary>{t("verify.reject.open")}</summary>
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="review" />
        <input type="hidden" name="personId" value={personId} />
        <input type="hidden" name="decision" value="rejected" />
        <p className="field-hint">{t("verify.reject.hint")}</p>
        <TextAreaField
          meta={fields.reason}
          label={t("verify.reject.reason")}
          rows={3}
          maxLength={1000}
        />
        <button type="submit" className="danger">
          {t("verify.reject.confirm")}
        </button>
      </Form>
    </details>
  );
}
