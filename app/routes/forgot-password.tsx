import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { clientIp } from "~/.server/auth/client-ip.server";
import { requestPasswordReset } from "~/.server/auth/password-reset.server";
import { getDb } from "~/.server/db.server";
import { publicOrigin } from "~/.server/email/links.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert } from "~/components/forms";
import { ForgotPasswordSchema } from "~/utils/account-validation";
import { type FieldErrors, type FormValues, parseSubmission, stringAt } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: translator(await getLocale(request))("auth.forgot.title") };
}

type Result = { sent: boolean; values: FormValues; errors?: FieldErrors };

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseSubmission(ForgotPasswordSchema, await request.formData());
  if (!submission.success) {
    return data<Result>(
      { sent: false, values: submission.values, errors: submission.errors },
      { status: 400 },
    );
  }
  await requestPasswordReset(getDb(), {
    email: submission.data.email,
    ip: clientIp(context),
    locale: await getLocale(request),
    origin: publicOrigin(request),
  });
  return data<Result>({ sent: true, values: submission.values });
}

export default function ForgotPasswordPage() {
  const t = useT();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <section className="auth-card">
      <h1>{t("auth.forgot.title")}</h1>
      {result?.sent ? (
        <FormAlert tone="success">{t("auth.forgot.sent")}</FormAlert>
      ) : (
        <>
          <p>{t("auth.forgot.lead")}</p>
          <Form method="post" noValidate className="stacked-form">
            <Field
              label={t("auth.email")}
              name="email"
              type="email"
              autoComplete="email"
              required
              errors={result?.errors}
              defaultValue={stringAt(result?.values, "email")}
            />
            <button type="submit" disabled={navigation.state === "submitting"}>
              {t("auth.forgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t("nav.login")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
