import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/.server/auth/require-user.server";
import { loadDashboard } from "~/.server/dashboard/datasets.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { mentorshipDashboardPanel } from "~/.server/mentorship";
import { BarChart } from "~/components/charts/bar-chart";
import { TimeSeries } from "~/components/charts/time-series";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { translator } from "~/utils/i18n";
import { useT } from "~/utils/use-i18n";
import { STAFF_ROLES } from "~/vocabulary/roles";
import { Widget } from "./widget";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

/** GET /coordinator — the coordination dashboard, for coordinators and admins. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const locale = await getLocale(request);
  const [dashboard, mentorship] = await Promise.all([
    loadDashboard(getDb(), locale),
    mentorshipDashboardPanel(getDb(), locale),
  ]);
  return { title: translator(locale)("dash.title"), ...dashboard, mentorship };
}

export default function CoordinatorDashboard() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const pairingsHeader = t("dash.csv.pairings");
  return (
    <div className="dashboard-page">
      <h1>{t("dash.title")}</h1>
      <p className="lead">{t("dash.lead")}</p>
      <p>
        <a href="/coordinator/export/pairings.csv" download>
          {t("dash.exportAll")}
        </a>
      </p>
      <div className="dashboard-grid">
        <Widget title={t("dash.status.title")} exportName="status" testId="status-chart">
          <BarChart
            title={t("dash.status.title")}
            description={t("dash.status.desc")}
            data={d.status}
            valueHeader={pairingsHeader}
          />
        </Widget>
        <Widget title={t("dash.months.title")} exportName="months">
          <TimeSeries
            title={t("dash.months.title")}
            description={t("dash.months.desc")}
            data={d.months}
            valueHeader={pairingsHeader}
          />
        </Widget>
        <Widget title={t("dash.country.title")} exportName="countries">
          {d.country.length ? (
            <BarChart
              title={t("dash.country.title")}
              description={t("dash.country.desc")}
              data={d.country}
              valueHeader={pairingsHeader}
            />
          ) : (
            <p className="muted">{t("dash.empty")}</p>
          )}
        </Widget>
        <Widget title={t("dash.sector.title")} exportName="sectors">
          {d.sector.length ? (
            <BarChart
              title={t("dash.sector.title")}
              description={t("dash.sector.desc")}
              data={d.sector}
              valueHeader={pairingsHeader}
            />
          ) : (
            <p className="muted">{t("dash.empty")}</p>
          )}
        </Widget>
        <Widget title={t("dash.delay.title")} exportName="delays">
          <p data-testid="median-delay">
            {d.delays.median === null
              ? t("dash.delay.none")
              : t("dash.delay.median", {
                  days: t("count.days", { count: d.delays.median }),
                  count: d.delays.count,
                })}
          </p>
          {d.delays.count ? (
            <BarChart
              title={t("dash.delay.title")}
              description={t("dash.delay.desc")}
              data={d.delays.buckets}
              valueHeader={pairingsHeader}
            />
          ) : null}
        </Widget>
        <Widget title={t("dash.mentors.title")} exportName="mentors">
          <BarChart
            title={t("dash.mentors.title")}
            description={t("dash.mentors.desc")}
            data={d.mentors}
            unit={t("dash.csv.places")}
            valueHeader={t("dash.csv.places")}
          />
        </Widget>
        <Widget title={t("mentorship.dash.title")} testId="mentorship-requests">
          <BarChart
            title={t("mentorship.dash.title")}
            description={t("mentorship.dash.desc")}
            data={d.mentorship.bars}
            unit={t("mentorship.dash.requests")}
          />
          <p className="muted">{d.mentorship.summary}</p>
        </Widget>
        <Widget title={t("mentorship.dash.rates.title")} testId="mentor-response-rates">
          <BarChart
            title={t("mentorship.dash.rates.title")}
            description={t("mentorship.dash.rates.desc")}
            data={d.mentorship.rates}
            unit={t("mentorship.dash.rates.unit")}
          />
        </Widget>
        <Widget title={t("dash.verif.title")}>
          <p>{t("dash.verif.count", { count: d.pendingVerifications })}</p>
          <p>
            <Link to="/coordinator/verification">{t("dash.verif.link")}</Link>
          </p>
        </Widget>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
