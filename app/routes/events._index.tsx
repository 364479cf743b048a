import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { isStaff } from "~/.server/actor";
import { getActor } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { listEvents } from "~/.server/events";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatEventDay } from "~/components/events/event-dates";
import { joinParts } from "~/utils/format-list";
import { translator } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  const locale = await getLocale(request);
  return {
    ...(await listEvents(getDb(), actor, locale)),
    canCreate: isStaff(actor),
    title: translator(locale)("events.list.title"),
  };
}

type Listed = Awaited<ReturnType<typeof listEvents>>["upcoming"][number];

export default function EventsPage() {
  const { upcoming, past, canCreate } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="events-page">
      <h1>{t("events.list.title")}</h1>
      <p className="lead">{t("events.list.lead")}</p>
      {canCreate ? (
        <p>
          <Link className="button" to="/events/new">
            {t("events.list.new")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="upcoming-events">
        <h2 id="upcoming-events">{t("events.list.upcoming")}</h2>
        <EventList events={upcoming} />
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="past-events">
          <h2 id="past-events">{t("events.list.past")}</h2>
          <EventList events={past} />
        </section>
      ) : null}
    </div>
  );
}

function EventList({ events }: { events: Listed[] }) {
  const t = useT();
  const locale = useLocale();
  if (events.length === 0) return <p className="muted">{t("events.list.none")}</p>;
  return (
    <ul className="review-list event-list">
      {events.map((e) => (
        <li key={e.slug} className="card">
          <h3>
            <Link to={`/events/${e.slug}`}>{e.title}</Link>{" "}
            {e.draft ? <span className="badge muted-badge">{t("events.draft")}</span> : null}
          </h3>
          <p className="meta">
            <span>{t(`events.kind.${e.kind}`)}</span> ·{" "}
            <span>
              {t("events.dates", {
                start: formatEventDay(e.startsOn, locale),
                end: formatEventDay(e.endsOn, locale),
              })}
            </span>{" "}
            · <span>{joinParts([e.venue, e.city], locale)}</span>
          </p>
          <p className="muted">
            {e.capacity
              ? t("events.registeredOf", { count: e.registered, capacity: e.capacity })
              : t("events.registered", { count: e.registered })}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
