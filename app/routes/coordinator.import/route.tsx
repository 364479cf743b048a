import { Readable } from "node:stream";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  MaxPartSizeExceededError,
  type MetaFunction,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireRole, STAFF_ROLES } from "~/.server/auth/require-user.server";
import { importPeople } from "~/.server/import/import-people.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { getDb } from "../../../db/client";
import { ImportReportView } from "./report";

const MAX_BYTES = 20 * 1024 * 1024;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Passerelle` : "Passerelle" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  return { title: translator(await getLocale(request))("import.title") };
}

const UploadSchema = z.object({
  file: z.instanceof(File).refine((f) => f.size > 0, "import.errorMissing"),
});

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const fail = (error: MessageKey) => data({ error, report: null }, { status: 400 });
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data"))
    return fail("import.errorMissing");
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return fail("import.errorTooLarge");
    throw error;
  }
  const parsed = UploadSchema.safeParse({ file: form.get("file") });
  if (!parsed.success) return fail("import.errorMissing");
  const stream = Readable.fromWeb(
    parsed.data.file.stream() as import("node:stream/web").ReadableStream,
  );
  // The outbox worker indexes what an upload wrote, as it does for any write.
  const { indexing: _, ...report } = await importPeople(getDb(), stream);
  return { error: null, report };
}

export default function ImportPage() {
  const t = useT();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="import-page">
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <Form method="post" encType="multipart/form-data" className="stack">
        {result?.error ? <FormAlert>{t(result.error)}</FormAlert> : null}
        <label htmlFor="import-file">{t("import.file")}</label>
        <input id="import-file" name="file" type="file" accept=".jsonl,.json,.txt" required />
        <button type="submit" disabled={busy}>
          {t("import.submit")}
        </button>
      </Form>
      {result?.report ? <ImportReportView report={result.report} /> : null}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary };
