import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { clientIp } from "~/.server/auth/client-ip.server";
import { requestPasswordReset } from "~/.server/auth/password-reset.server";
import { getDb } from "~/.server/db.server";
import { publicOrigin } from "~/.server/email/links.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormAlert } from "~/components/forms";
import { ForgotPasswordSchema } from "~/utils/account-validation";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: translator(await getLocale(request))("auth.forgot.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), ForgotPasswordSchema);
  if (submission.status !== "success") return invalid(submission, { sent: false });
  await requestPasswordReset(getDb(), {
    email: submission.value.email,
    ip: clientIp(context),
    locale: await getLocale(request),
    origin: publicOrigin(request),
  });
  return reply(submission, { sent: true });
}

export default function ForgotPasswordPage() {
  const t = useT();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(ForgotPasswordSchema, {
    id: "forgot-password",
    lastResult: result?.result,
  });
  return (
    <section className="auth-card">
      <h1>{t("auth.forgot.title")}</h1>
      {result?.sent ? (
        <FormAlert tone="success">{t("auth.forgot.sent")}</FormAlert>
      ) : (
        <>
          <p>{t("auth.forgot.lead")}</p>
          <Form method="post" className="stacked-form" {...getFormProps(form)}>
            <Field
              meta={fields.email}
              label={t("auth.email")}
              type="email"
              autoComplete="email"
              required
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
