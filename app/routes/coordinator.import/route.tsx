import { Readable } from "node:stream";
import { getFormProps, getInputProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { requireStaff } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { readUpload } from "~/.server/http/read-upload.server";
import { importPeople } from "~/.server/import/import-people.server";
import { type PresentedReport, presentReport } from "~/.server/import/present-report.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorText } from "~/components/forms";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { ImportReportView } from "./report";
import { UploadSchema } from "./upload-schema";

const MAX_BYTES = 20 * 1024 * 1024;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Passerelle` : "Passerelle" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return { title: translator(await getLocale(request))("import.title") };
}

type ImportReply = { report: PresentedReport | null };

export async function action({ request }: ActionFunctionArgs) {
  await requireStaff(request);
  // Refused before there is a form to read (not an upload, or too large): said at the field.
  const refuse = (key: MessageKey) =>
    invalid<ImportReply>(
      parseForm(new FormData(), UploadSchema),
      { report: null },
      { fieldErrors: { file: [{ key }] } },
    );
  const form = await readUpload(request, MAX_BYTES);
  if (form === "notMultipart") return refuse("import.errorMissing");
  if (form === "tooLarge") return refuse("import.errorTooLarge");
  const submission = parseForm(form, UploadSchema);
  if (submission.status !== "success") return invalid<ImportReply>(submission, { report: null });
  const stream = Readable.fromWeb(
    submission.value.file.stream() as import("node:stream/web").ReadableStream,
  );
  // The outbox worker indexes what an upload wrote, as it does for any write.
  const { indexing: _, ...report } = await importPeople(getDb(), stream);
  const presented = presentReport(report, await getLocale(request));
  return reply<ImportReply>(submission, { report: presented }, { resetForm: true });
}

export default function ImportPage() {
  const t = useT();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useSchemaForm(UploadSchema, { id: "import", lastResult: result?.result });
  const { key: fileKey, ...file } = getInputProps(fields.file, {
    type: "file",
    ariaDescribedBy: fields.file.descriptionId,
  });
  return (
    <div className="import-page stack">
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <p>
        <Link to="/coordinator/import/format">{t("importFormat.link")}</Link>
      </p>
      <Form method="post" encType="multipart/form-data" className="stack" {...getFormProps(form)}>
        <div className="field">
          <label htmlFor={fields.file.id}>{t("import.file")}</label>
          <input key={fileKey} {...file} accept=".jsonl,.json,.txt" />
          <p id={fields.file.descriptionId} className="field-hint">
            {t("import.fileHint")}
          </p>
          <ErrorText id={fields.file.errorId} errors={fields.file.errors} />
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {t("import.submit")}
          </button>
        </div>
      </Form>
      {result?.report ? <ImportReportView report={result.report} /> : null}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary };
