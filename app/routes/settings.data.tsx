import {
  type ActionFunctionArgs,
  data,
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
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert } from "~/components/forms";
import { SettingsNav } from "~/components/settings-nav";
import { DeleteAccountSchema } from "~/utils/account-validation";
import { type FieldErrors, parseSubmission } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return { title: translator(await getLocale(request))("data.title") };
}

/** Deleting needs the password again, checked under the login rate limits. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseSubmission(DeleteAccountSchema, await request.formData());
  const fail = (errors: FieldErrors, status = 400) => data({ errors }, { status });
  if (!submission.success) return fail(submission.errors);
  const db = getDb();
  const check = await logIn(
    db,
    { email: user.email, password: submission.data.password },
    clientIp(context),
  );
  if (!check.ok && check.reason === "rateLimited") {
    const minutes = minutesUntil(check.retryAfterMs);
    return fail({ password: { key: "auth.login.tooMany", params: { minutes } } }, 429);
  }
  if (!check.ok) return fail({ password: { key: "data.delete.wrongPassword" } });
  await deleteAccount(db, user.userId);
  return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
}

export default function MyDataPage() {
  const t = useT();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
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
        <FormAlert>{result?.errors ? t("form.fixErrors") : null}</FormAlert>
        <Form method="post" noValidate className="stacked-form">
          <Field
            label={t("data.delete.confirm")}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            errors={result?.errors}
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
