import { getFormProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { startSession } from "~/.server/auth/accounts.server";
import { isResetTokenUsable, resetPassword } from "~/.server/auth/password-reset.server";
import { serializeSessionCookie } from "~/.server/auth/session-cookie.server";
import { getDb } from "~/.server/db.server";
import { invalid } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert, FormErrorAlert } from "~/components/forms";
import { PASSWORD_MIN_LENGTH, ResetPasswordSchema } from "~/utils/account-validation";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
  // The token is in the URL: keep the page out of indexes and referrers.
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "no-referrer" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return {
    title: translator(await getLocale(request))("auth.reset.title"),
    usable: await isResetTokenUsable(getDb(), params.token ?? ""),
  };
}

const hideFields = ["password", "confirm"];

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), ResetPasswordSchema);
  if (submission.status !== "success") {
    return invalid(submission, { invalidLink: false }, { hideFields });
  }
  const db = getDb();
  const done = await resetPassword(db, {
    token: params.token ?? "",
    password: submission.value.password,
  });
  if (!done) return invalid(submission, { invalidLink: true }, { hideFields });
  const session = await startSession(db, done.userId);
  return redirect("/settings/profile", {
    headers: { "Set-Cookie": serializeSessionCookie(session.token, session.expiresAt) },
  });
}

export default function ResetPasswordPage() {
  const t = useT();
  const { usable } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(ResetPasswordSchema, {
    id: "reset-password",
    lastResult: failure?.result,
  });
  if (!usable || failure?.invalidLink) {
    return (
      <section className="auth-card">
        <h1>{t("auth.reset.title")}</h1>
        <FormAlert>{t("auth.reset.invalid")}</FormAlert>
        <p>
          <Link to="/forgot-password">{t("auth.reset.again")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="auth-card">
      <h1>{t("auth.reset.title")}</h1>
      <FormErrorAlert form={form} />
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <Field
          meta={fields.password}
          label={t("auth.newPassword")}
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        />
        <Field
          meta={fields.confirm}
          label={t("auth.confirmPassword")}
          type="password"
          autoComplete="new-password"
          required
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("auth.reset.submit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
