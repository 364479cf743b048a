import { getFormProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { logIn, minutesUntil, startSession } from "~/.server/auth/accounts.server";
import { clientIp } from "~/.server/auth/client-ip.server";
import { getOptionalUser } from "~/.server/auth/require-user.server";
import { serializeSessionCookie } from "~/.server/auth/session-cookie.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormErrorAlert } from "~/components/forms";
import { LoginSchema } from "~/utils/account-validation";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { safeRedirect } from "~/utils/safe-redirect";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalUser(request)) {
    throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  }
  return { title: translator(await getLocale(request))("auth.login.title") };
}

const hideFields = ["password"];

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), LoginSchema);
  if (submission.status !== "success") return invalid(submission, {}, { hideFields });

  const db = getDb();
  const result = await logIn(db, submission.value, clientIp(context));
  if (!result.ok && result.reason === "rateLimited") {
    const minutes = minutesUntil(result.retryAfterMs);
    const formErrors = [{ key: "auth.login.tooMany" as const, params: { minutes } }];
    return reply(submission, {}, { status: 429, formErrors, hideFields });
  }
  if (!result.ok) {
    return invalid(submission, {}, { formErrors: [{ key: "auth.login.invalid" }], hideFields });
  }
  const session = await startSession(db, result.userId);
  return redirect(safeRedirect(submission.value.redirectTo), {
    headers: { "Set-Cookie": serializeSessionCookie(session.token, session.expiresAt) },
  });
}

export default function LoginPage() {
  const t = useT();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const [form, fields] = useSchemaForm(LoginSchema, { id: "login", lastResult: failure?.result });
  return (
    <section className="auth-card">
      <h1>{t("auth.login.title")}</h1>
      <FormErrorAlert form={form} />
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field
          meta={fields.email}
          label={t("auth.email")}
          type="email"
          autoComplete="username"
          required
        />
        <Field
          meta={fields.password}
          label={t("auth.password")}
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("auth.login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("auth.login.forgot")}</Link>
      </p>
      <p>
        {t("auth.login.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
