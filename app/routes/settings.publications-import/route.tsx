import { getFormProps, getInputProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { readUpload } from "~/.server/http/read-upload.server";
import { getLocale } from "~/.server/locale.server";
import { importOwnPublications } from "~/.server/people-publications.server";
import { readPublicationFile } from "~/.server/publications-import/read-file.server";
import { PublicationFileError } from "~/.server/publications-import/types";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { type FormResult, parseForm, useSchemaForm } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { type PublicationImportReport, PublicationImportReportView } from "./import-report";
import { MAX_PUBLICATION_FILE_BYTES, PublicationFileSchema } from "./upload-schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return { title: translator(await getLocale(request))("publicationImport.title") };
}

/**
 * Publications from a BibTeX file or an ORCID record, added to the signed-in user's own profile
 * (never anyone else's: no person id is read from the form). A file that cannot be used changes
 * nothing and says why.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const refuse = (key: MessageKey) => {
    const result: FormResult = { status: "error", error: { "": [{ key }] } };
    return data({ result, report: null }, { status: 400 });
  };
  const formData = await readUpload(request, MAX_PUBLICATION_FILE_BYTES);
  if (formData === "notMultipart") return refuse("publicationImport.error.missing");
  if (formData === "tooLarge") return refuse("publicationImport.error.tooLarge");
  const submission = parseForm(formData, PublicationFileSchema);
  if (submission.status !== "success") return invalid(submission, { report: null });
  const { file } = submission.value;
  let read: ReturnType<typeof readPublicationFile>;
  try {
    read = readPublicationFile(await file.text(), file.name);
  } catch (error) {
    if (!(error instanceof PublicationFileError)) throw error;
    return invalid(submission, { report: null }, { formErrors: [{ key: error.messageKey }] });
  }
  if (read.publications.length === 0) {
    const report: PublicationImportReport = { added: [], merged: [], refused: read.refused };
    return invalid(
      submission,
      { report },
      { formErrors: [{ key: "publicationImport.error.nothingUsable" }] },
    );
  }
  const outcome = await importOwnPublications(
    getDb(),
    user.userId,
    read.publications.map(({ label: _, ...publication }) => publication),
  );
  const report: PublicationImportReport = {
    added: outcome.added,
    merged: [
      ...outcome.merged,
      ...read.duplicates.map((d) => ({ title: d.label, by: "inFile" as const })),
    ],
    refused: read.refused,
  };
  return reply(submission, { report }, { resetForm: true });
}

export default function PublicationImportPage() {
  const t = useT();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useSchemaForm(PublicationFileSchema, { lastResult: answer?.result });
  const messages = [...(form.errors ?? []), ...(fields.file.errors ?? [])];
  return (
    <div className="settings-page publication-import">
      <p>
        <Link to="/settings/profile">{t("publicationImport.back")}</Link>
      </p>
      <h1>{t("publicationImport.title")}</h1>
      <p>{t("publicationImport.intro")}</p>
      <Form method="post" encType="multipart/form-data" className="stack" {...getFormProps(form)}>
        {messages.length > 0 ? (
          <FormAlert>{messages.map((m) => t(m.key, m.params)).join(" ")}</FormAlert>
        ) : null}
        <label htmlFor={fields.file.id}>{t("publicationImport.file")}</label>
        <input
          {...getInputProps(fields.file, { type: "file" })}
          accept=".bib,.bibtex,.json,.txt,application/json,application/x-bibtex"
        />
        <button type="submit" disabled={busy}>
          {t("publicationImport.submit")}
        </button>
      </Form>
      {answer?.report ? <PublicationImportReportView report={answer.report} /> : null}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary };
