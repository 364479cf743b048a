import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { loadRegistrant, setCheckedIn } from "~/.server/events/checkin.server";
import { localTitle } from "~/.server/events/texts";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CheckInActionSchema } from "~/utils/event-agenda-validation";
import { isUuid } from "~/utils/field-schemas";
import { formatDateTime } from "~/utils/format-date";
import { invariantResponse } from "~/utils/responses";
import { useLocale, useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.registrant.name ?? ""} · Passerelle` },
];

/**
 * GET /events/:slug/check-in/:registrationId — what the QR code on a participant's agenda
 * opens: for an organiser, who it is and a button to confirm; for anyone else, not found.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = params.registrationId ?? "";
  invariantResponse(isUuid(id), "Not found");
  const [{ registrant, event }, locale] = await Promise.all([
    loadRegistrant(getDb(), user, params.slug ?? "", id),
    getLocale(request),
  ]);
  return { registrant, slug: event.slug, title: localTitle(event, locale) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const parsed = CheckInActionSchema.safeParse({
    intent: form.get("intent"),
    registrationId: params.registrationId,
  });
  invariantResponse(parsed.success, "Not found");
  const { intent, registrationId } = parsed.data;
  await setCheckedIn(getDb(), user, params.slug ?? "", {
    registrationId,
    checkedIn: intent === "check-in",
  });
  return { ok: true };
}

export default function ConfirmCheckIn() {
  const { registrant: r, slug, title } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article className="stack check-in-confirm">
      <p className="muted">{title}</p>
      <h1>{r.name}</h1>
      {r.organization ? <p>{r.organization}</p> : null}
      {r.checkedInAt ? (
        <p className="form-success" role="status" data-testid="checked-in">
          {t("checkIn.checkedAt", { at: formatDateTime(new Date(r.checkedInAt), locale) })}
        </p>
      ) : null}
      <Form method="post">
        {r.checkedInAt ? (
          <button type="submit" name="intent" value="undo" className="secondary">
            {t("checkIn.undo")}
          </button>
        ) : (
          <button type="submit" name="intent" value="check-in">
            {t("checkIn.confirm")}
          </button>
        )}
      </Form>
      <p>
        <Link to={`/events/${slug}/check-in`}>{t("checkIn.backToList")}</Link>
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
