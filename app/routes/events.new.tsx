import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { createEvent, eventFormOptions } from "~/.server/events";
import { invalid, refusal } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EventForm } from "~/components/events/event-form";
import { EventSchema } from "~/utils/event-validation";
import { parseForm } from "~/utils/forms";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const locale = await getLocale(request);
  return {
    options: await eventFormOptions(getDb(), locale),
    title: translator(locale)("events.form.newTitle"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const submission = parseForm(await request.formData(), EventSchema);
  if (submission.status !== "success") return invalid(submission, {});
  try {
    const { slug } = await createEvent(getDb(), user, submission.value);
    return redirect(`/events/${slug}/edit`);
  } catch (error) {
    return refusal(submission, error, {});
  }
}

export default function NewEventPage() {
  const { options } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="event-editor">
      <h1>{t("events.form.newTitle")}</h1>
      <EventForm
        options={options}
        lastResult={result?.result}
        submitLabel={t("events.form.create")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
