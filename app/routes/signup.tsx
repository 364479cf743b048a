import { getCollectionProps, getFormProps } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { signUp, startSession } from "~/.server/auth/accounts.server";
import { clientIp } from "~/.server/auth/client-ip.server";
import { getOptionalUser } from "~/.server/auth/require-user.server";
import { serializeSessionCookie } from "~/.server/auth/session-cookie.server";
import { getDb } from "~/.server/db.server";
import { invalid, refusal } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorText, Field, FormErrorAlert, SelectField } from "~/components/forms";
import { PASSWORD_MIN_LENGTH, SignupSchema } from "~/utils/account-validation";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { type MessageKey, translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { COUNTRIES, PERSON_KINDS } from "~/vocabulary/people";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalUser(request)) throw redirect("/settings/profile");
  return { title: translator(await getLocale(request))("auth.signup.title") };
}

const hideFields = ["password"];

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const submission = parseForm(await request.formData(), SignupSchema);
  if (submission.status !== "success") return invalid(submission, {}, { hideFields });

  const db = getDb();
  let account: { userId: string };
  try {
    account = await signUp(db, submission.value, { ip: clientIp(context), locale });
  } catch (error) {
    return refusal(submission, error, {}, { hideFields });
  }
  const session = await startSession(db, account.userId);
  return redirect("/settings/profile?welcome=1", {
    headers: { "Set-Cookie": serializeSessionCookie(session.token, session.expiresAt) },
  });
}

export default function SignupPage() {
  const t = useT();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(SignupSchema, {
    id: "signup",
    lastResult: failure?.result,
    defaultValue: { kind: "student", country: "MA" },
  });
  return (
    <section className="auth-card">
      <h1>{t("auth.signup.title")}</h1>
      <p className="lead">{t("auth.signup.lead")}</p>
      <FormErrorAlert form={form} />
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <fieldset className="choice-group">
          <legend>{t("auth.signup.kind")}</legend>
          {getCollectionProps(fields.kind, { type: "radio", options: [...PERSON_KINDS] }).map(
            ({ key, ...radio }) => (
              <label key={key ?? radio.value} className="choice">
                <input {...radio} />
                <span>
                  <strong>{t(`kind.${radio.value}` as MessageKey)}</strong>
                  <span className="muted">
                    {t(`auth.signup.kindHelp.${radio.value}` as MessageKey)}
                  </span>
                </span>
              </label>
            ),
          )}
          <ErrorText id={fields.kind.errorId} errors={fields.kind.errors} />
          <p className="field-hint">{t("auth.signup.pendingNote")}</p>
        </fieldset>
        <Field meta={fields.fullName} label={t("auth.fullName")} autoComplete="name" required />
        <Field
          meta={fields.email}
          label={t("auth.email")}
          type="email"
          autoComplete="email"
          required
        />
        <Field
          meta={fields.password}
          label={t("auth.password")}
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        />
        <SelectField
          meta={fields.country}
          label={t("auth.country")}
          options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
        />
        <Field meta={fields.city} label={t("auth.city")} autoComplete="address-level2" required />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("auth.signup.submit")}
        </button>
      </Form>
      <p>
        {t("auth.signup.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
