import {
  type ActionFunctionArgs,
  data,
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
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert } from "~/components/forms";
import { LoginSchema } from "~/utils/account-validation";
import {
  type FieldErrors,
  type FormValues,
  parseSubmission,
  stringAt,
  withoutSecrets,
} from "~/utils/forms";
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

type Failure = { values: FormValues; errors: FieldErrors };

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseSubmission(LoginSchema, await request.formData());
  const fail = (errors: FieldErrors, status = 400) =>
    data<Failure>({ values: withoutSecrets(submission.values), errors }, { status });
  if (!submission.success) return fail(submission.errors);

  const db = getDb();
  const result = await logIn(db, submission.data, clientIp(context));
  if (!result.ok && result.reason === "rateLimited") {
    const minutes = minutesUntil(result.retryAfterMs);
    return fail({ "": { key: "auth.login.tooMany", params: { minutes } } }, 429);
  }
  if (!result.ok) return fail({ "": { key: "auth.login.invalid" } });
  const session = await startSession(db, result.userId);
  return redirect(safeRedirect(submission.data.redirectTo), {
    headers: { "Set-Cookie": serializeSessionCookie(session.token, session.expiresAt) },
  });
}

export default function LoginPage() {
  const t = useT();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const errors = failure?.errors;
  return (
    <section className="auth-card">
      <h1>{t("auth.login.title")}</h1>
      <FormAlert>
        {errors?.[""] ? t(errors[""].key, errors[""].params) : errors ? t("form.fixErrors") : null}
      </FormAlert>
      <Form method="post" noValidate className="stacked-form">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field
          label={t("auth.email")}
          name="email"
          type="email"
          autoComplete="username"
          required
          errors={errors}
          defaultValue={stringAt(failure?.values, "email")}
        />
        <Field
          label={t("auth.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={errors}
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
