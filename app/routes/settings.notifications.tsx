import { getFormProps, getInputProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { invalid, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { getEmailPreferences, setEmailPreferences } from "~/.server/notices";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorText, FormAlert, FormErrorAlert } from "~/components/forms";
import { SettingsNav } from "~/components/settings-nav";
import { EmailPreferencesSchema } from "~/utils/email-preferences-validation";
import { parseForm, useSchemaForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { EMAIL_DELIVERIES, NOTICE_TOPICS } from "~/vocabulary/notifications";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    title: translator(await getLocale(request))("emailSettings.title"),
    preferences: await getEmailPreferences(getDb(), user.userId),
  };
}

/** Per topic: right away (a burst grouped in one e-mail), a daily summary, or no e-mail. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseForm(await request.formData(), EmailPreferencesSchema);
  if (submission.status !== "success") return invalid(submission, { saved: false });
  await setEmailPreferences(getDb(), user.userId, submission.value);
  return reply(submission, { saved: true });
}

export default function EmailSettingsPage() {
  const { preferences } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useSchemaForm(EmailPreferencesSchema, {
    id: "email-preferences",
    lastResult: result?.result,
    defaultValue: preferences,
  });
  return (
    <div className="settings-page">
      <SettingsNav />
      <h1>{t("emailSettings.title")}</h1>
      <p className="lead">{t("emailSettings.lead")}</p>
      {result?.saved ? <FormAlert tone="success">{t("emailSettings.saved")}</FormAlert> : null}
      <Form method="post" className="stacked-form" {...getFormProps(form)}>
        <FormErrorAlert form={form} />
        {NOTICE_TOPICS.map((topic) => {
          const meta = fields[topic];
          return (
            <fieldset key={topic} className="choice-group" data-topic={topic}>
              <legend>{t(`emailSettings.topic.${topic}`)}</legend>
              {EMAIL_DELIVERIES.map((delivery) => {
                const { key, ...radio } = getInputProps(meta, { type: "radio", value: delivery });
                return (
                  <label key={delivery} className="choice">
                    <input key={key} {...radio} /> {t(`emailSettings.delivery.${delivery}`)}
                  </label>
                );
              })}
              <ErrorText id={meta.errorId} errors={meta.errors} />
            </fieldset>
          );
        })}
        <button type="submit">{t("emailSettings.save")}</button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
