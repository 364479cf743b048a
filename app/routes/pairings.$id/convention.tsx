import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorText, Field } from "~/components/forms";
import { formatDay } from "~/utils/format-date";
import { type FormResult, useSchemaForm } from "~/utils/forms";
import { useLocale, useT } from "~/utils/use-i18n";
import { PairingActionSchema } from "./action-schema";

/** Same figure as the server's CONVENTION_MAX_BYTES (which decides); said on the form. */
const MAX_MB = 10;

/** The recorded convention: when, by whom, and its PDF (a download for parties and staff). */
export function ConventionSummary({
  id,
  convention,
}: {
  id: string;
  convention: { signedOn: Date; signatories: string; fileName: string; fileSize: number };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="pairing-convention" data-testid="convention">
      <h2 id="pairing-convention">{t("pairings.convention.title")}</h2>
      <p>
        {t("pairings.convention.signedBy", {
          date: formatDay(convention.signedOn, locale) ?? "—",
          signatories: "",
        })}
        <bdi>{convention.signatories}</bdi>
      </p>
      <p>
        <a href={`/pairings/${id}/convention.pdf`} download={convention.fileName}>
          {t("pairings.convention.download", {
            size: Math.max(1, Math.round(convention.fileSize / 1024)),
          })}
        </a>
      </p>
    </section>
  );
}

/** For coordinators once both parties agreed: the signed convention moves the pairing on. */
export function ConventionForm({ lastResult }: { lastResult: FormResult | null }) {
  const t = useT();
  const [form, fields] = useSchemaForm(PairingActionSchema, {
    id: "convention",
    lastResult,
    defaultValue: { intent: "convention" },
  });
  const { key: fileKey, ...file } = getInputProps(fields.file, { type: "file" });
  return (
    <section aria-labelledby="pairing-convention-form">
      <h2 id="pairing-convention-form">{t("pairings.convention.title")}</h2>
      <p>{t("pairings.convention.lead")}</p>
      <Form
        method="post"
        encType="multipart/form-data"
        className="stacked-form"
        {...getFormProps(form)}
      >
        <input type="hidden" name="intent" value="convention" />
        <Field meta={fields.signedOn} label={t("pairings.convention.signedOn")} type="date" />
        <Field
          meta={fields.signatories}
          label={t("pairings.convention.signatories")}
          maxLength={500}
        />
        <div className="field">
          <label htmlFor={fields.file.id}>{t("pairings.convention.file", { max: MAX_MB })}</label>
          <input key={fileKey} {...file} accept="application/pdf,.pdf" />
          <ErrorText id={fields.file.errorId} errors={fields.file.errors} />
        </div>
        <button type="submit">{t("pairings.convention.submit")}</button>
      </Form>
    </section>
  );
}
