import {
  type ActionFunctionArgs,
  data,
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
import { DomainError } from "~/.server/domain-error";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorText, Field, FormAlert, SelectField } from "~/components/forms";
import { PASSWORD_MIN_LENGTH, SignupSchema } from "~/utils/account-validation";
import {
  type FieldErrors,
  type FormValues,
  parseSubmission,
  stringAt,
  withoutSecrets,
} from "~/utils/forms";
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

type Failure = { values: FormValues; errors: FieldErrors };

export async function action({ request, context }: ActionFunctionArgs) {
  const locale = await getLocale(request);
  const submission = parseSubmission(SignupSchema, await request.formData());
  const fail = (errors: FieldErrors, status = 400) =>
    data<Failure>({ values: withoutSecrets(submission.values), errors }, { status });
  if (!submission.success) return fail(submission.errors);

  const db = getDb();
  let account: { userId: string };
  try {
    account = await signUp(db, submission.data, { ip: clientIp(context), locale });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return fail(
      { [error.field ?? ""]: { key: error.messageKey, params: error.params } },
      error.status,
    );
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
  const errors = failure?.errors;
  const value = (name: string) => stringAt(failure?.values, name);
  const kind = value("kind") ?? "student";
  return (
    <section className="auth-card">
      <h1>{t("auth.signup.title")}</h1>
      <p className="lead">{t("auth.signup.lead")}</p>
      <FormAlert>
        {errors?.[""] ? t(errors[""].key, errors[""].params) : errors ? t("form.fixErrors") : null}
      </FormAlert>
      <Form method="post" noValidate className="stacked-form">
        <fieldset className="choice-group">
          <legend>{t("auth.signup.kind")}</legend>
          {PERSON_KINDS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} />
              <span>
                <strong>{t(`kind.${k}` as MessageKey)}</strong>
                <span className="muted">{t(`auth.signup.kindHelp.${k}` as MessageKey)}</span>
              </span>
            </label>
          ))}
          <ErrorText error={errors?.kind} />
          <p className="field-hint">{t("auth.signup.pendingNote")}</p>
        </fieldset>
        <Field
          label={t("auth.fullName")}
          name="fullName"
          autoComplete="name"
          required
          errors={errors}
          defaultValue={value("fullName")}
        />
        <Field
          label={t("auth.email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          errors={errors}
          defaultValue={value("email")}
        />
        <Field
          label={t("auth.password")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          errors={errors}
        />
        <SelectField
          label={t("auth.country")}
          name="country"
          errors={errors}
          defaultValue={value("country") ?? "MA"}
          options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
        />
        <Field
          label={t("auth.city")}
          name="city"
          autoComplete="address-level2"
          required
          errors={errors}
          defaultValue={value("city")}
        />
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
