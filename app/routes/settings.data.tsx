import { getFormProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { deleteAccount } from "~/.server/auth/account-data.server";
import { logIn, minutesUntil } from "~/.server/auth/accounts.server";
import { clientIp } from "~/.server/auth/client-ip.server";
import { requireUser } from "~/.server/auth/require-user.server";
import { serializeBlankSessionCookie } from "~/.server/auth/session-cookie.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormErrorAlert } from "~/components/forms";
import { SettingsNav } from "~/components/settings-nav";
import { DeleteAccountSchema } from "~/utils/account-validation";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return { title: translator(await getLocale(request))("data.title") };
}

const hideFields = ["password"];

/** Deleting needs the password again, checked under the login rate limits. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseForm(await request.formData(), DeleteAccountSchema);
  if (submission.status !== "success") return invalid(submission, {}, { hideFields });
  const db = getDb();
  const check = await logIn(
    db,
    { email: user.email, password: submission.value.password },
    clientIp(context),
  );
  if (!check.ok && check.reason === "rateLimited") {
    const minutes = minutesUntil(check.retryAfterMs);
    const fieldErrors = { password: [{ key: "auth.login.tooMany" as const, params: { minutes } }] };
    return reply(submission, {}, { status: 429, fieldErrors, hideFields });
  }
  if (!check.ok) {
    const fieldErrors = { password: [{ key: "data.delete.wrongPassword" as const }] };
    return invalid(submission, {}, { fieldErrors, hideFields });
  }
  await deleteAccount(db, user.userId);
  return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
}

export default function MyDataPage() {
  const t = useT();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(DeleteAccountSchema, {
    id: "delete-account",
    lastResult: result?.result,
  });
  return (
    <div className="settings-page">
      <SettingsNav />
      <h1>{t("data.title")}</h1>
      <section className="editor-section">
        <h2>{t("data.export.title")}</h2>
        <p>{t("data.export.body")}</p>
        <a href="/settings/data/export" className="button" download>
          {t("data.export.button")}
        </a>
      </section>
      <section className="editor-section danger-zone">
        <h2>{t("data.delete.title")}</h2>
        <p>{t("data.delete.body")}</p>
        <FormErrorAlert form={form} />
        <Form method="post" className="stacked-form" {...getFormProps(form)}>
          <Field
            meta={fields.password}
            label={t("data.delete.confirm")}
            type="password"
            autoComplete="current-password"
            required
          />
          <button type="submit" className="danger" disabled={navigation.state === "submitting"}>
            {t("data.delete.button")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
