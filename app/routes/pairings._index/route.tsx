import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/auth/require-user.server";
import { getDb } from "~/.server/db.server";
import { getLocale } from "~/.server/locale.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDay } from "~/utils/format-date";
import { translator } from "~/utils/i18n";
import { useLocale, useT } from "~/utils/use-i18n";
import { PAIRING_STATUSES } from "~/vocabulary/pairings";
import { PairingTable } from "./pairing-table";
import { loadPairingList, PairingListQuerySchema } from "./queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Passerelle` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const query = PairingListQuerySchema.parse(Object.fromEntries(url.searchParams));
  const list = await loadPairingList(getDb(), user, query);
  return {
    ...list,
    query,
    title: translator(await getLocale(request))("pairings.title"),
  };
}

export default function PairingsPage() {
  const { staff, pairings, reminders, query, title } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="pairings-page">
      <h1>{title}</h1>
      <p className="lead">{t(staff ? "pairings.lead.staff" : "pairings.lead.party")}</p>
      {staff ? (
        <p>
          <Link to="/pairings/new" className="button">
            {t("pairingNew.link")}
          </Link>
        </p>
      ) : null}
      {staff && reminders.length > 0 ? (
        <section aria-labelledby="reminders" className="notice">
          <h2 id="reminders">{t("pairings.reminders")}</h2>
          <ul>
            {reminders.map((r) => (
              <li key={r.id}>
                <Link to={`/pairings/${r.id}`}>
                  {r.parties.map((p) => p.name ?? "—").join(" – ")}
                </Link>{" "}
                · {formatDay(r.dueAt, locale)} ·{" "}
                {r.overdue
                  ? t("pairings.reminders.overdue", {
                      days: t("count.days", { count: -r.daysLeft }),
                    })
                  : t("pairings.reminders.soon", { days: t("count.days", { count: r.daysLeft }) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="get" className="partner-filters">
        <div className="field">
          <label htmlFor="status">{t("pairings.filter.status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("pairings.filter.all")}</option>
            {PAIRING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`pairings.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("pairings.filter.submit")}</button>
      </Form>
      {pairings.length === 0 ? (
        <p className="notice">{t("pairings.empty")}</p>
      ) : (
        <PairingTable rows={pairings} />
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
