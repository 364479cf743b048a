import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { listRegistrants, setCheckedIn } from "~/.server/events/checkin.server";
import { localTitle } from "~/.server/events/texts";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { CheckInActionSchema, CheckInSearchSchema } from "~/utils/event-agenda-validation";
import { formErrorOf, parseForm } from "~/utils/forms";
import { useT } from "~/utils/use-i18n";
import checkInStyles from "./check-in.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: checkInStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

/** GET /events/:slug/check-in — organisers check registrants in at the entrance. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const { q } = CheckInSearchSchema.parse({ q: url.searchParams.get("q") ?? "" });
  const [{ event, registrants, counts }, locale] = await Promise.all([
    listRegistrants(getDb(), user, params.slug ?? "", q),
    getLocale(request),
  ]);
  return { slug: event.slug, title: localTitle(event, locale), q, registrants, counts };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const submission = parseForm(await request.formData(), CheckInActionSchema);
  if (submission.status !== "success") {
    await listRegistrants(getDb(), user, slug, "x");
    return invalid(submission, {});
  }
  const { intent, registrationId } = submission.value;
  try {
    await setCheckedIn(getDb(), user, slug, { registrationId, checkedIn: intent === "check-in" });
  } catch (error) {
    return refusal(submission, error, {});
  }
  return reply(submission, {});
}

export default function CheckInPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const refused = formErrorOf(result?.result);
  return (
    <article className="check-in-page stack">
      <h1>{t("checkIn.title", { event: d.title })}</h1>
      <p data-testid="check-in-counts">
        {t("checkIn.counts", { checked: d.counts.checkedIn, count: d.counts.registered })}
      </p>
      {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
      <Form method="get" role="search" className="search-row">
        <label htmlFor="check-in-q" className="visually-hidden">
          {t("checkIn.search")}
        </label>
        <input
          id="check-in-q"
          type="search"
          name="q"
          defaultValue={d.q}
          maxLength={100}
          placeholder={t("checkIn.search")}
        />
        <button type="submit">{t("checkIn.searchSubmit")}</button>
      </Form>
      {d.registrants.length === 0 ? (
        <p className="muted">{t("checkIn.none")}</p>
      ) : (
        <ul className="check-in-list">
          {d.registrants.map((r) => (
            <li key={r.registrationId} className="card check-in-row">
              <div>
                <Link to={`/people/${r.slug}`}>{r.name}</Link>
                {r.organization ? <span className="muted"> · {r.organization}</span> : null}
                <p className="meta">
                  {r.checkedInAt ? (
                    <span className="badge status-done">{t("checkIn.checked")}</span>
                  ) : (
                    <span className="badge">{t("checkIn.notYet")}</span>
                  )}
                </p>
              </div>
              <Form method="post">
                <input type="hidden" name="registrationId" value={r.registrationId} />
                {r.checkedInAt ? (
                  <button type="submit" name="intent" value="undo" className="secondary">
                    {t("checkIn.undo")}
                    <span className="visually-hidden"> — {r.name}</span>
                  </button>
                ) : (
                  <button type="submit" name="intent" value="check-in">
                    {t("checkIn.do")}
                    <span className="visually-hidden"> — {r.name}</span>
                  </button>
                )}
              </Form>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
