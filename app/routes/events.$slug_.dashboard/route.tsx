import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { isStaff } from "~/.server/actor";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { requireEventOrganiser } from "~/.server/events/access.server";
import { eventFigures } from "~/.server/events/event-dashboard.server";
import { openPairingFromMeeting } from "~/.server/events/event-pairing.server";
import { localTitle } from "~/.server/events/texts";
import { invalid, refusal, reply } from "~/.server/http/form-reply.server";
import { getLocale } from "~/.server/locale.server";
import type { ConflictWarning } from "~/.server/pairings";
import { BarChart } from "~/components/charts/bar-chart";
import { ConflictWarnings } from "~/components/conflict-warnings";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormAlert } from "~/components/forms";
import { OpenPairingSchema } from "~/utils/event-agenda-validation";
import { formatList } from "~/utils/format-list";
import { formErrorOf, parseForm } from "~/utils/forms";
import { localized, translator } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { Widget } from "../coordinator._index/widget";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

/** GET /events/:slug/dashboard — the event's figures for its organisers and coordinators. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [{ event }, locale] = await Promise.all([
    requireEventOrganiser(getDb(), user, params.slug ?? ""),
    getLocale(request),
  ]);
  const t = translator(locale);
  const f = await eventFigures(getDb(), event.id);
  const bars = <K extends string>(counts: Record<K, number>, keys: K[], prefix: string) =>
    keys.map((k) => ({ label: t(`${prefix}.${k}` as Parameters<typeof t>[0]), value: counts[k] }));
  const country = (code: string) => (code === "MA" || code === "BE" ? t(`country.${code}`) : code);
  return {
    slug: event.slug,
    title: localTitle(event, locale),
    canOpenPairings: isStaff(user),
    registrations: bars(
      f.registrations,
      ["registered", "waitlisted", "cancelled", "checkedIn"],
      "eventDash.reg",
    ),
    requests: bars(
      f.requests,
      ["sent", "pending", "accepted", "declined", "expired"],
      "eventDash.req",
    ),
    meetings: bars(f.meetings, ["accepted", "planned", "held", "noShow"], "eventDash.meet"),
    sectors: f.sectors.map((s) => ({ label: localized(s, locale), value: s.count })),
    countries: f.countryPairs.map((c) => ({
      label: c.pair.split("–").map(country).join(" – "),
      value: c.count,
    })),
    agreements: f.agreements,
  };
}

type DashboardReply = { meetingId?: string; warnings?: ConflictWarning[] };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const submission = parseForm(await request.formData(), OpenPairingSchema);
  if (submission.status !== "success") {
    await requireEventOrganiser(getDb(), user, slug);
    return invalid<DashboardReply>(submission, {});
  }
  const { meetingId, acknowledgeConflicts } = submission.value;
  const t = translator(await getLocale(request));
  try {
    const result = await openPairingFromMeeting(getDb(), user, slug, {
      meetingId,
      acknowledgeConflicts,
      note: (title) => t("eventDash.pairingNote", { event: title }),
    });
    if (result.status === "needs_confirmation") {
      return reply<DashboardReply>(
        submission,
        { meetingId, warnings: result.warnings },
        { status: 409 },
      );
    }
    return redirect(`/pairings/${result.pairingId}`);
  } catch (error) {
    return refusal<DashboardReply>(submission, error, { meetingId });
  }
}

export default function EventDashboard() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const refused = formErrorOf(result?.result);
  const chart = (title: string, data: { label: string; value: number }[], testId?: string) => (
    <Widget title={title} testId={testId}>
      {data.length ? (
        <BarChart
          title={title}
          description={t("eventDash.chartDesc", { event: d.title })}
          data={data}
        />
      ) : (
        <p className="muted">{t("dash.empty")}</p>
      )}
    </Widget>
  );
  return (
    <div className="dashboard-page">
      <h1>{t("eventDash.title", { event: d.title })}</h1>
      <p>
        <Link to={`/events/${d.slug}/check-in`}>{t("eventDash.checkInLink")}</Link>
      </p>
      {refused ? <FormAlert>{t(refused.key, refused.params)}</FormAlert> : null}
      <div className="dashboard-grid">
        {chart(t("eventDash.reg.title"), d.registrations, "event-registrations")}
        {chart(t("eventDash.req.title"), d.requests, "event-requests")}
        {chart(t("eventDash.meet.title"), d.meetings, "event-meetings")}
        {chart(t("eventDash.sector.title"), d.sectors)}
        {chart(t("eventDash.country.title"), d.countries)}
      </div>
      <section aria-labelledby="event-agreements" className="stack">
        <h2 id="event-agreements">{t("eventDash.agreements.title")}</h2>
        {d.agreements.length === 0 ? (
          <p className="muted">{t("eventDash.agreements.none")}</p>
        ) : (
          <ul className="stack" data-testid="event-agreements">
            {d.agreements.map((a) => (
              <li key={a.meetingId} className="card">
                <p>
                  <strong>{a.names.join(" – ")}</strong>
                  {" · "}
                  {formatList(
                    a.kinds.map((k) => t(`offer.${k}`)),
                    locale,
                  )}
                </p>
                {a.pairingId ? (
                  <p>
                    <Link to={`/pairings/${a.pairingId}`}>{t("eventDash.agreements.pairing")}</Link>
                    {a.pairingStatus ? (
                      <span className={`badge status-${a.pairingStatus}`}>
                        {" "}
                        {t(`pairings.status.${a.pairingStatus}`)}
                      </span>
                    ) : null}
                  </p>
                ) : d.canOpenPairings ? (
                  <OpenPairingForm
                    meetingId={a.meetingId}
                    warnings={result?.meetingId === a.meetingId ? result.warnings : undefined}
                  />
                ) : (
                  <p className="muted">{t("eventDash.agreements.coordinatorOpens")}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function OpenPairingForm({
  meetingId,
  warnings,
}: {
  meetingId: string;
  warnings: ConflictWarning[] | undefined;
}) {
  const t = useT();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="open-pairing" />
      <input type="hidden" name="meetingId" value={meetingId} />
      {warnings?.length ? (
        <ConflictWarnings intro={t("pairingNew.warnings")} warnings={warnings}>
          <label>
            <input type="checkbox" name="acknowledgeConflicts" value="on" required />{" "}
            {t("eventDash.acknowledge")}
          </label>
        </ConflictWarnings>
      ) : null}
      <button type="submit">{t("eventDash.openPairing")}</button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
